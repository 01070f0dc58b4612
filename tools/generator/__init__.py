"""Generator: turns Standards/gov-integrity/<version>/ into Swift sources, schemas and the field reference."""
