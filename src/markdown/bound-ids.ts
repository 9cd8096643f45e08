/**
 * Keeps published ids on their text (content/ids.json): an id whose text was edited is marked with the date of its
 * recorded revision (data-revised, for the "revised" note a reader of an older link sees); an id that now marks
 * different text stops the build, since every link shared to it would land on other words.
 */
import { relative } from 'node:path';
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { ContentError, type ContentProblem } from '../content/problems.ts';
import { contentDirectory } from '../content/paths.ts';
import { formatDate } from '../content/dates.ts';
import { fingerprint, passageText } from '../links/fingerprint.ts';
import { articlePage, changeOf, loadIdRecord, type IdRecord } from '../links/id-record.ts';

export interface BoundIdsOptions {
  /** The published ids by page; default: content/ids.json in the working directory's content folder. */
  record?: IdRecord;
}

const opening = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

export const rehypeBoundIds: Plugin<[BoundIdsOptions?], Root> = function (options = {}) {
  return (tree, file) => {
    const page = articlePage(file.path);
    if (!page) return;
    const recorded = (options.record ?? loadIdRecord(contentDirectory(process.cwd())))[page]?.ids;
    if (!recorded) return;
    const problems: ContentProblem[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      const entry = typeof id === 'string' ? recorded[id] : undefined;
      if (!entry) return;
      const text = passageText(node);
      const change = changeOf(entry, fingerprint(text));
      if (change === 'different') {
        problems.push({
          file: relative(process.cwd(), file.path),
          line: node.position?.start.line ?? 1,
          column: node.position?.start.column ?? 1,
          message: `id "${id}" was published on ${formatDate(entry.published)} for other text, and now marks “${opening(text)}”: links shared to it would land on different words. Give this text a new id, and restore the old passage or add an alias for its id in content/aliases.yaml.`,
        });
      } else if (entry.revised) {
        node.properties.dataRevised = entry.revised;
      }
    });
    if (problems.length) throw new ContentError(problems);
  };
};
