package dev.parley.io.genius;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal element tree read with StAX, keeping each element's line and column so that semantic errors can
 * point into the file. Text content is ignored (GENIUS files carry everything in attributes).
 */
final class XmlNode {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final int line;
    final int column;
    private final String source;

    private XmlNode(String name, int line, int column, String source) {
        this.name = name;
        this.line = line;
        this.column = column;
        this.source = source;
    }

    /** Parses a whole document; DTDs and external entities are disabled. */
    static XmlNode parse(InputStream in, String source) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(in);
            Deque<XmlNode> stack = new ArrayDeque<>();
            XmlNode root = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    XmlNode n = new XmlNode(r.getLocalName(), r.getLocation().getLineNumber(),
                            r.getLocation().getColumnNumber(), source);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        n.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    if (stack.isEmpty()) {
                        root = n;
                    } else {
                        stack.peek().children.add(n);
                    }
                    stack.push(n);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    stack.pop();
                }
            }
            if (root == null) {
                throw new GeniusFormatException(source, -1, -1, "the file holds no XML element; expected a GENIUS"
                        + " <negotiation_template> or <utility_space> document");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            int col = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
            throw new GeniusFormatException(source, line, col, "malformed XML: " + e.getMessage()
                    .replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", ""), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a stream we do not own; nothing to recover
                }
            }
        }
    }

    GeniusFormatException error(String problem) {
        return new GeniusFormatException(source, line, column, problem);
    }

    List<XmlNode> children(String childName) {
        List<XmlNode> r = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                r.add(c);
            }
        }
        return r;
    }

    XmlNode firstChild(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** Depth-first search for the first descendant (or self) with this name. */
    XmlNode find(String elementName) {
        if (name.equals(elementName)) {
            return this;
        }
        for (XmlNode c : children) {
            XmlNode f = c.find(elementName);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Every descendant with this name, in document order, not descending into matches. */
    void collect(String elementName, List<XmlNode> out) {
        for (XmlNode c : children) {
            if (c.name.equals(elementName)) {
                out.add(c);
            } else {
                c.collect(elementName, out);
            }
        }
    }

    String attr(String attribute) {
        return attributes.get(attribute);
    }

    String requireAttr(String attribute) {
        String v = attributes.get(attribute);
        if (v == null) {
            throw error("<" + name + "> has no '" + attribute + "' attribute; it is required here");
        }
        return v;
    }

    double requireDouble(String attribute) {
        return parseDouble(attribute, requireAttr(attribute));
    }

    double doubleOr(String attribute, double dflt) {
        String v = attributes.get(attribute);
        return v == null ? dflt : parseDouble(attribute, v);
    }

    long requireLong(String attribute) {
        String v = requireAttr(attribute);
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw error("attribute " + attribute + "=\"" + v + "\" of <" + name + "> is not an integer");
        }
    }

    private double parseDouble(String attribute, String v) {
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw error("attribute " + attribute + "=\"" + v + "\" of <" + name + "> is not a finite number");
        }
    }
}
