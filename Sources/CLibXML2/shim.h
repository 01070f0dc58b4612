/* libxml2's streaming reader and schema validation (libxml-2.0). */
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, so <libxml/encoding.h> pulls in the system's <unicode/ucnv.h>, whose
   UErrorCode clashes with the ICU copy inside Foundation ("'UErrorCode' has different definitions in
   different modules") as soon as one Swift module imports both. GovCredit never touches libxml2's ICU
   converters (decoding happens before libxml2 sees the bytes), so the ICU declarations are left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
/* xmlFree is a global function-pointer variable in libxml2 2.9; Swift 6 mode rejects touching it
   ("reference to var 'xmlFree' is not concurrency-safe"), so results we own are freed through this. */
static inline void cxml_free(void *p) { xmlFree(p); }
