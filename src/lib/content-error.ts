/**
 * One problem found in the content, and the error that stops the build when there are any.
 * Every message names the file, the field and the problem, e.g.
 * `content/provisions/article-07.md: chapter: article 7 is in chapter 2 (articles 7-21), not chapter 3`.
 */

/** A problem in one content file. */
export interface ContentProblem {
	/** Path of the file, relative to the project (`content/provisions/article-07.md`). */
	file: string;
	/** The front-matter field, or `body` for the Markdown text, or `file` for the file as a whole. */
	field: string;
	/** What is wrong, in a sentence that says what was expected. */
	message: string;
}

/** One line per problem: `file: field: message`. */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Thrown when the content has problems; its message lists them all. */
export class ContentError extends Error {
	readonly problems: readonly ContentProblem[];

	constructor(problems: readonly ContentProblem[]) {
		const lines = problems.map((problem) => `  - ${formatProblem(problem)}`);
		super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
