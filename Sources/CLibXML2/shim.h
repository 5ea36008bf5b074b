#ifndef MICROCRED_CLIBXML2_SHIM_H
#define MICROCRED_CLIBXML2_SHIM_H
// libxml2's SAX2 push parser, from Debian's libxml2-dev (apt-get install
// libxml2-dev); the include path comes from pkg-config (libxml-2.0).
//
// Debian builds libxml2 with ICU, so its encoding.h includes ICU's headers,
// which clash with the copy of ICU inside Swift's Foundation. microcred uses
// no ICU-dependent declaration (only the parser context and SAX handler, whose
// layouts do not depend on it), so the ICU parts of the headers are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#endif
