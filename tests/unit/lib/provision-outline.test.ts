import { describe, expect, test } from 'vitest';
import { analyseBody, OutlineError } from '../../../src/lib/provision-outline.ts';
import { md } from '../../support/markdown.ts';

describe('analyseBody: a body read without the site pipeline', () => {
	test('finds the parts with their provenance and own summaries, and the references in the prose', () => {
		const { parts, crossReferences } = analyseBody(
			md('An overview citing article 24.', '::paragraph{n=1 basis=sources sources="uk-2024"}', 'See paragraph 2.', '::point{n=a basis=editors}', 'Point text.', '::paragraph{n=2 basis=editors uncertain="why"}', 'Two.'),
			'content/provisions/article-28.md',
			{ kind: 'article', number: 28 },
		);
		expect(parts.map((part) => [part.id, part.provenance.basis, part.provenance.sources, part.summary, part.uncertain])).toEqual([
			['p1', 'sources', ['uk-2024'], 'See paragraph 2.', undefined],
			['p1-a', 'editors', [], 'Point text.', undefined],
			['p2', 'editors', [], 'Two.', 'why'],
		]);
		expect(crossReferences.map((reference) => [reference.text, reference.refs])).toEqual([
			['article 24', [{ kind: 'article', article: 24 }]],
			['paragraph 2', [{ kind: 'article', article: 28, paragraph: '2' }]],
		]);
	});

	test('ignores references inside sourced quotations and links', () => {
		const { crossReferences } = analyseBody(md(':::quote{source="UNTC" url="https://example.org"}', 'article 65', ':::', '[article 9](https://example.org)'), 'x.md');
		expect(crossReferences).toEqual([]);
	});

	test('a rule broken names the file and the body line, in the words the build uses', () => {
		const read = () => analyseBody(md('::paragraph{n=1 basis=editors}', 'a', '::paragraph{n=3 basis=editors}', 'b'), 'content/provisions/article-28.md');
		expect(read).toThrow(OutlineError);
		expect(read).toThrow('content/provisions/article-28.md: body, line 5: ::paragraph{n=3}: paragraph number leaves a gap; expected 2');
	});
});
