// libxml2, the one XML and HTML parser parley uses (feeds, HTML pages).
// Its headers live under /usr/include/libxml2; Package.swift passes that
// folder through pkg-config (libxml-2.0).
#ifndef PARLEY_CLIBXML2_SHIM_H
#define PARLEY_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

#endif
