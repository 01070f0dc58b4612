#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
/* xmlFree is a global function-pointer variable in libxml2 2.9; Swift 6 mode rejects touching it
   ("reference to var 'xmlFree' is not concurrency-safe"), so results we own are freed through this. */
static inline void cxml_free(void *p) { xmlFree(p); }
