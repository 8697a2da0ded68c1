// libxml2, the one XML and HTML parser parley uses (feeds, HTML pages).
// Its headers live under /usr/include/libxml2; Package.swift passes that
// folder through pkg-config (libxml-2.0).
#ifndef PARLEY_CLIBXML2_SHIM_H
#define PARLEY_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, so encoding.h would include the system
// <unicode/ucnv.h>, whose UErrorCode clashes with Foundation's own ICU module
// (_FoundationICU) in any Swift file that imports both. parley never touches
// the ICU fields of xmlCharEncodingHandler (the only declarations that need
// them), so the headers are read as if ICU were off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

#endif
