/** Every built page is valid HTML under html-validate's recommended rules (see .htmlvalidate.json). */
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { htmlFiles } from '../support/built-site.ts';

test('html-validate finds no error in any page', async () => {
	const dist = path.resolve('dist');
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const errors: string[] = [];
	const files = htmlFiles(dist);
	for (const file of files) {
		const report = await validator.validateFile(path.join(dist, file));
		for (const result of report.results) {
			for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
		}
	}
	expect(files.length).toBeGreaterThan(400);
	expect(errors).toEqual([]);
});
