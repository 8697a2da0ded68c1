// libxml2, the one XML and HTML parser parley uses (feeds, HTML pages).
// Its headers live under /usr/include/libxml2; Package.swift passes that
// folder through pkg-config (libxml-2.0).
#ifndef PARLEY_CLIBXML2_SHIM_H
#define PARLEY_CLIBXML2_SHIM_H

// libxml2 built with ICU includes ICU's headers from encoding.h, whose types
// clash with the ICU copy inside Foundation ("UErrorCode has different
// definitions in different modules"). parley never touches libxml2's ICU
// converters (only through pointers), so hide them: xmlversion.h is included
// once (include guard), then its LIBXML_ICU_ENABLED is withdrawn.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

#endif
