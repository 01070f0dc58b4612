/* OpenSSL libcrypto's EVP digests: SHA-256 and SM3 (GB/T 32905) for package integrity (SPEC §8). */
#include <openssl/evp.h>
#include <openssl/err.h>
