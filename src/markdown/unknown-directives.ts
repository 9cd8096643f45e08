/** Stops the build on an annotation name no plugin knows (a typo like `:qoute[…]`), instead of dropping its text. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'unified';
import { directiveSyntax, isDirective, report } from './directive.ts';
import { closest } from './registry-types.ts';

const knownDirectives = ['quote', 'note', 'person', 'org', 'place', 'cite', 'events'] as const;

export const remarkUnknownDirectives: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, (node) => {
      if (!isDirective(node) || (knownDirectives as readonly string[]).includes(node.name)) return;
      const suggestion = closest(node.name, knownDirectives);
      report(
        file,
        node,
        `unknown annotation ${directiveSyntax(node)}${suggestion ? ` (did you mean ${directiveSyntax({ ...node, name: suggestion })}?)` : ''}: ` +
          `the annotations are ${knownDirectives.map((name) => `:${name}`).join(', ')}. If the colon is ordinary text, write it as \\:.`,
      );
    });
  };
};
