/**
 * Checks an .xlsx or .docx as Excel and Word would read it: every XML part against the ECMA-376 transitional
 * schemas (after markup compatibility is applied, as Office applies it), every relationship's target
 * present, every part with a content type. LibreOffice forgives what these catch.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { tempDir } from './tmp';

const XSD = join(__dirname, '..', '..', 'schemas', 'ooxml-xsd');
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * Office's markup compatibility: elements and attributes of the namespaces a part lists in mc:Ignorable are
 * dropped, mc:AlternateContent becomes its mc:Fallback's children, and xml:space / xml:lang go (the schemas
 * do not list them where Office writes them).
 */
export const applyMarkupCompatibility = (xml: string): string => {
  const out: string[] = [];
  // Per open element: the ignorable namespaces in force, and whether it (and so its content) is dropped.
  const frames: { ignorable: Set<string>; dropped: boolean; unwrapped: boolean }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = frames[frames.length - 1];
    const ignorable = new Set(parent?.ignorable ?? []);
    const declared = Object.values(tag.attributes).find((a) => a.uri === MC && a.local === 'Ignorable');
    if (declared)
      for (const prefix of declared.value.split(/\s+/).filter(Boolean)) {
        const uri = parser.resolve(prefix);
        if (uri) ignorable.add(uri);
      }
    let dropped = parent?.dropped ?? false;
    let unwrapped = false;
    if (!dropped && tag.uri === MC) {
      if (tag.local === 'AlternateContent' || tag.local === 'Fallback') unwrapped = true;
      else dropped = true; // mc:Choice, and anything else of the namespace
    } else if (!dropped && ignorable.has(tag.uri)) dropped = true;
    frames.push({ ignorable, dropped, unwrapped });
    if (dropped || unwrapped) return;
    const attrs = Object.values(tag.attributes)
      .filter((a) => a.uri !== MC && !ignorable.has(a.uri) && a.uri !== XML_NS)
      .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
      .join('');
    out.push(`<${tag.name}${attrs}>`);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    const frame = frames.pop()!;
    if (!frame.dropped && !frame.unwrapped) out.push(`</${tag.name}>`);
  });
  const text = (t: string) => {
    const frame = frames[frames.length - 1];
    if (frame && !frame.dropped) out.push(escapeText(t));
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.write(xml).close();
  return out.join('');
};

/** The schema for a part's content type; null for parts no schema here covers (only well-formedness is checked). */
const schemaFor = (contentType: string): string | null => {
  if (/spreadsheetml\./.test(contentType)) return 'sml.xsd';
  if (/wordprocessingml\./.test(contentType)) return 'wml.xsd';
  if (contentType === 'application/vnd.openxmlformats-officedocument.drawing+xml')
    return 'dml-spreadsheetDrawing.xsd';
  if (/drawingml\.chart\+xml$/.test(contentType)) return 'dml-chart.xsd';
  if (/\.theme\+xml$/.test(contentType)) return 'dml-main.xsd';
  if (/extended-properties\+xml$/.test(contentType)) return 'shared-documentPropertiesExtended.xsd';
  if (contentType === 'application/vnd.openxmlformats-package.relationships+xml')
    return 'opc-xsd/opc-relationships.xsd';
  return null;
};

const attributesOf = (xml: string, element: string): Record<string, string>[] => {
  const found: Record<string, string>[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (tag.local === element)
      found.push(Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])));
  });
  parser.write(xml).close();
  return found;
};

interface Part {
  file: string;
  part: string;
  schema: string;
  path: string;
}

/**
 * Problems of the packages, in words naming the file and the part; empty when Excel would open them as they
 * are. All parts of all files are validated with one xmllint run per schema.
 */
export const packageProblems = async (files: { name: string; bytes: Uint8Array }[]): Promise<string[]> => {
  const problems: string[] = [];
  const work = tempDir('ooxml');
  const parts: Part[] = [];
  for (const [n, { name, bytes }] of files.entries()) {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
    const types = zip.file('[Content_Types].xml');
    if (!types) {
      problems.push(`${name}: no [Content_Types].xml`);
      continue;
    }
    const typesXml = await types.async('string');
    const defaults = new Map(
      attributesOf(typesXml, 'Default').map((d) => [d.Extension.toLowerCase(), d.ContentType]),
    );
    const overrides = new Map(attributesOf(typesXml, 'Override').map((o) => [o.PartName, o.ContentType]));
    for (const partName of overrides.keys())
      if (!names.includes(partName.replace(/^\//, '')))
        problems.push(`${name}: [Content_Types].xml names ${partName}, which is not in the package`);
    const contentType = (p: string) =>
      overrides.get(`/${p}`) ?? defaults.get(p.slice(p.lastIndexOf('.') + 1).toLowerCase());
    mkdirSync(join(work, String(n)), { recursive: true });
    for (const [k, p] of names.entries()) {
      const text = p === '[Content_Types].xml' ? typesXml : await zip.file(p)!.async('string');
      const type = p === '[Content_Types].xml' ? 'content-types' : contentType(p);
      if (type === undefined) problems.push(`${name}: ${p} has no content type`);
      if (p.endsWith('.rels')) {
        const source = posix.dirname(posix.dirname(p));
        for (const rel of attributesOf(text, 'Relationship')) {
          if (rel.TargetMode === 'External') continue;
          const target = rel.Target.startsWith('/')
            ? rel.Target.slice(1)
            : posix.normalize(posix.join(source === '.' ? '' : source, rel.Target));
          if (!names.includes(target))
            problems.push(`${name}: ${p} points to ${target} (${rel.Id}), which is not in the package`);
        }
      }
      if (!/\.(xml|rels)$/.test(p)) continue;
      const schema = type === 'content-types' ? 'opc-xsd/opc-contentTypes.xsd' : schemaFor(type ?? '');
      let prepared: string;
      try {
        prepared = applyMarkupCompatibility(text);
      } catch (e) {
        problems.push(`${name}: ${p} is not well-formed XML (${String(e)})`);
        continue;
      }
      if (schema === null) continue;
      const path = join(work, String(n), `${k}.xml`);
      writeFileSync(path, prepared);
      parts.push({ file: name, part: p, schema, path });
    }
  }
  for (const schema of new Set(parts.map((p) => p.schema))) {
    const group = parts.filter((p) => p.schema === schema);
    let report = '';
    try {
      execFileSync(
        'xmllint',
        ['--noout', '--nonet', '--schema', join(XSD, schema), ...group.map((p) => p.path)],
        {
          stdio: 'pipe',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
    } catch (e) {
      report = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    for (const line of report.split('\n')) {
      if (line.trim() === '' || / validates$/.test(line)) continue;
      const part = group.find((p) => line.startsWith(p.path));
      if (part && / fails to validate$/.test(line)) continue;
      problems.push(part ? `${part.file}: ${part.part}: ${line.slice(part.path.length + 1)}` : line);
    }
  }
  return problems;
};
