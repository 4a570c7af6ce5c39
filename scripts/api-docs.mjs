// The README's reference for each widget (attributes, properties, events, slots, parts, custom
// properties), generated from custom-elements.json so that it cannot drift from the JSDoc the
// manifest is made of. `npm run docs:api` analyzes the source and rewrites the README between
// `<!-- api:<tag> -->` and `<!-- /api:<tag> -->`; scripts/api-docs.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One line for a table cell: newlines joined, pipes escaped, JSDoc links as code. */
const cell = (text = '') =>
  text
    .replace(/\{@link\s+([^}\s]+)\s*\}/g, '`$1`')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => `\`${text.replace(/\|/g, '\\|')}\``;
/** A literal default as readers write it (`'geo'` -> `geo`); defaults the source computes are left to the description. */
function literal(value) {
  if (value === undefined || value === "''" || value === 'null') return '';
  if (/^'.*'$/.test(value)) return code(value.slice(1, -1));
  return /^(true|false|-?\d+(\.\d+)?)$/.test(value) ? code(value) : '';
}

/** The public members of a widget: attributes (with their properties) and properties without an attribute. */
function publicMembers(declaration) {
  const members = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static);
  const attributes = declaration.attributes ?? [];
  const properties = members.filter((m) => !m.attribute && !attributes.some((a) => a.fieldName === m.name));
  return { attributes, properties };
}

/** The markdown reference of one widget. */
export function apiSection(declaration) {
  const { attributes, properties } = publicMembers(declaration);
  const lines = [
    '| attribute | property | default | description |',
    '|---|---|---|---|',
    ...attributes.map((a) => `| ${code(a.name)} | ${a.fieldName ? code(a.fieldName) : ''} | ${literal(a.default)} | ${cell(a.description)} |`),
    ...properties.map((p) => `| | ${code(p.name)}${p.readonly ? ' (read-only)' : ''} | ${literal(p.default)} | ${cell(p.description)} |`),
  ];
  const list = (title, items, name = (i) => code(i.name)) =>
    items?.length ? ['', `**${title}**`, '', ...items.map((i) => `- ${name(i)}: ${cell(i.description)}`)] : [];
  lines.push(
    ...list('Events', declaration.events, (e) => `${code(e.name)} (bubbles, composed)`),
    ...list('Slots', declaration.slots, (s) => (s.name ? code(s.name) : 'default (no name)')),
    ...list('CSS parts', declaration.cssParts),
    ...list('CSS custom properties', declaration.cssProperties?.filter((p) => !p.inheritedFrom)),
  );
  // Those of every widget, described once under "Theming" in Storybook and in the base class.
  const shared = declaration.cssProperties?.filter((p) => p.inheritedFrom) ?? [];
  if (shared.length) lines.push('', `And those of every widget: ${shared.map((p) => code(p.name)).join(', ')}.`);
  return lines.join('\n');
}

/** The widgets in a manifest, by tag name. */
export function widgets(manifest) {
  return new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])));
}

/** The README with every `<!-- api:<tag> -->` block replaced by the manifest's reference of that tag. */
export function updateReadme(readme, manifest) {
  const byTag = widgets(manifest);
  return readme.replace(/(<!-- api:([a-z-]+)[^>]*-->\n)(?:[\s\S]*?\n)?(<!-- \/api:\2 -->)/g, (whole, open, tag, close) => {
    const declaration = byTag.get(tag);
    if (!declaration) throw new Error(`README names <${tag}>, which custom-elements.json does not have`);
    return `${open}${apiSection(declaration)}\n${close}`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const updated = updateReadme(readme, manifest);
  if (updated !== readme) writeFileSync(new URL('README.md', root), updated);
  console.log(updated === readme ? 'README.md: the API tables are current' : 'README.md: API tables rewritten from custom-elements.json');
}
