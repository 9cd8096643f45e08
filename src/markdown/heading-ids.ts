/** Reads `## Title {#stable-id}` into the heading's id; a section heading without one stops the build. */
import type { Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'unified';
import { annotationsOf, claimId, report } from './directive.ts';

const trailingId = /\s*\{#([^}\s]*)\}\s*$/;
const validId = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const remarkHeadingIds: Plugin<[], Root> = function () {
  return (tree, file) => {
    const annotations = annotationsOf(file);
    visit(tree, 'heading', (heading) => {
      const last = heading.children.at(-1);
      const match = last?.type === 'text' ? trailingId.exec(last.value) : null;
      if (!match) {
        if (heading.depth === 2 || heading.depth === 3) {
          report(file, heading, `section heading “${toString(heading)}” has no stable id: end it with {#short-kebab-id}, e.g. ## The second front {#second-front}.`);
        }
        return;
      }
      const id = match[1] ?? '';
      (last as Text).value = (last as Text).value.slice(0, match.index);
      if (!validId.test(id)) {
        report(file, heading, `heading id "${id}" is not a kebab-case id: use lower-case words joined by hyphens, starting with a letter.`);
        return;
      }
      claimId(file, heading, id);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      if (heading.depth === 2) annotations.sections.push({ id, title: toString(heading) });
    });
  };
};
