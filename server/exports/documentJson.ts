/**
 * Any Yjs document as plain JSON, for sections that have no data model yet. A document decoded
 * from updates does not know whether a top-level name was a map, an array or a text; the
 * content of its first item tells.
 */
import * as Y from 'yjs';

/** Every top-level type of `doc` by name: maps as objects, arrays as arrays, texts as strings. */
export function documentJson(doc: Y.Doc): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const [name, type] of [...doc.share.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    json[name] = topLevelJson(doc, name, type);
  }
  return json;
}

/** A top-level type as Y.Doc keeps it. */
type SharedType = NonNullable<ReturnType<Y.Doc['share']['get']>>;

function topLevelJson(doc: Y.Doc, name: string, type: SharedType): unknown {
  if (type instanceof Y.Map || type._map.size > 0) return doc.getMap(name).toJSON();
  if (type instanceof Y.Text) return type.toString();
  if (type instanceof Y.XmlFragment) return type.toString();
  if (type instanceof Y.Array) return type.toJSON();
  const content = firstContent(type);
  if (content instanceof Y.ContentString || content instanceof Y.ContentFormat || content instanceof Y.ContentEmbed) {
    return doc.getText(name).toString();
  }
  if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) return doc.getXmlFragment(name).toString();
  return doc.getArray(name).toJSON();
}

/** The content of the first item that is not deleted; null for an empty type. */
function firstContent(type: SharedType): Y.Item['content'] | null {
  for (let item = type._start; item !== null; item = item.right) {
    if (!item.deleted) return item.content;
  }
  return null;
}
