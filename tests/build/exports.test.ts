/** The open-data exports validate against their JSON Schemas, and say what the pages say. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { idsIn } from '../support/built-site.ts';
import { readCritiques } from '../support/content-files.ts';

const dist = path.resolve('dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as { items: Array<Record<string, unknown>>; schemaVersion?: string; total?: number };

describe('JSON exports', () => {
	test.each([
		['provisions', 'data/provisions.json', 69],
		['critiques', 'data/critiques.json', 72],
		['claims', 'data/claims.json', 252],
		['organisations', 'data/organisations.json', 47],
		['participants', 'data/participants.json', 65],
		['concordance', 'data/concordance.json', 68],
		['annotations', 'data/annotations.jsonld', 252],
	])('%s validates against /data/schema/v1/%s.schema.json', (name, file, atLeast) => {
		const schema = JSON.parse(read(`data/schema/v1/${name}.schema.json`));
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
		const data = json(file);
		const valid = validate(data);
		expect(validate.errors ?? [], file).toEqual([]);
		expect(valid).toBe(true);
		expect(data.items.length).toBeGreaterThanOrEqual(atLeast);
	});

	test('a schema rejects a broken export (the validation is not vacuous)', () => {
		const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read('data/schema/v1/claims.schema.json')));
		const data = json('data/claims.json');
		const broken = { ...data, items: [{ ...data.items[0], side: 'praise' }] };
		expect(validate(broken)).toBe(false);
	});

	test('critiques.json carries the reader warnings shown with each claim', () => {
		const critiques = json('data/critiques.json').items as Array<{ id: string; warnings: string[] }>;
		expect(critiques.find((critique) => critique.id === 'machineherald-ratification-stall-2026-05')?.warnings).toEqual(['ai-generated']);
		for (const critique of readCritiques()) {
			const id = path.basename(critique.file, '.md');
			expect(critiques.find((item) => item.id === id)?.warnings, id).toEqual(critique.data.warnings);
		}
	});

	test('exports carry what the site shows: every claim and quote, every anchor', () => {
		const critiques = readCritiques();
		const claims = json('data/claims.json').items;
		expect(claims.length).toBe(critiques.reduce((total, critique) => total + critique.data.claims.length, 0));
		expect(claims.reduce((total, claim) => total + (claim.quotes as unknown[]).length, 0)).toBe(critiques.reduce((total, critique) => total + critique.data.quotes.length, 0));
		const article28 = json('data/provisions.json').items.find((item) => item.id === 'article-28') as { parts: Array<{ id: string; url: string; summary: string }> };
		expect(article28.parts.map((part) => part.id)).toContain('p4');
		expect(article28.parts.find((part) => part.id === 'p4')?.summary).toMatch(/order anyone who knows how the system/);
	});
});

describe('participants', () => {
	test('every State has its page, its status follows from its actions, and every action names an https source', () => {
		const items = json('data/participants.json').items as Array<{ code: string; status: string; url: string; actions: Array<{ action: string; reliability: string; source: string }> }>;
		const brazil = items.find((item) => item.code === 'BRA');
		expect(brazil?.status).toBe('signed');
		expect(brazil?.actions.some((action) => action.action === 'signature' && action.reliability === 'depositary')).toBe(true);
		// Azerbaijan ratified at home (parliament, law); no deposit is confirmed, so it is not "ratified".
		expect(items.find((item) => item.code === 'AZE')?.status).toBe('ratification-reported');
		// Canada's signature rests on low-reliability digests only.
		expect(items.find((item) => item.code === 'CAN')?.status).toBe('signature-unconfirmed');
		for (const item of items) {
			expect(existsSync(path.join(dist, new URL(item.url).pathname, 'index.html')), item.url).toBe(true);
			for (const action of item.actions) expect(action.source, item.code).toMatch(/^https:\/\//);
		}
		const states = (json('data/organisations.json').items as Array<{ id: string; state?: string }>).filter((organisation) => organisation.state);
		expect(states.find((organisation) => organisation.id === 'russia')?.state).toBe('RUS');
	});

	test('participants.csv has one row per action (one row for a State with none), every field quoted', () => {
		const lines = read('data/participants.csv').trimEnd().split('\r\n');
		expect(lines[0]).toBe('"code","name","status","action","date","dateNote","source","publisher","sourceDate","reliability","note","asOf"');
		const items = json('data/participants.json').items as Array<{ actions: unknown[] }>;
		expect(lines.length - 1).toBe(items.reduce((total, item) => total + Math.max(1, item.actions.length), 0));
		for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*"){11}$/);
	});
});

describe('Web Annotations', () => {
	test('each claim targets the paragraph URLs it is about, and those anchors exist on the built pages', () => {
		const annotations = json('data/annotations.jsonld') as { items: Array<{ target: string[]; body: { value: string } }>; total?: number };
		expect(annotations.total).toBe(annotations.items.length);
		for (const annotation of annotations.items) {
			for (const target of annotation.target) {
				const url = new URL(target);
				const file = path.join(dist, url.pathname, 'index.html');
				expect(existsSync(file), target).toBe(true);
				if (url.hash) expect(idsIn(readFileSync(file, 'utf8')).has(url.hash.slice(1)), target).toBe(true);
			}
		}
		expect(annotations.items.some((annotation) => annotation.target.some((target) => target.endsWith('/articles/28/#p4')))).toBe(true);
	});
});

describe('CSV and Atom', () => {
	test('the CSV has a header and one row per claim, every field quoted', () => {
		const lines = read('data/claims.csv').trimEnd().split('\r\n');
		expect(lines[0]).toBe('"id","critique","date","side","provisions","topics","speakers","stakeholder_type","draft_reference","summary","url"');
		expect(lines.length - 1).toBe(json('data/claims.json').items.length);
		for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*"){10}$/);
	});

	test('the CSVW metadata describes exactly the CSV header, column by column', () => {
		const metadata = JSON.parse(read('data/claims.csv-metadata.json')) as { '@context': string; url: string; tableSchema: { columns: Array<{ name: string; 'dc:description': string }> } };
		expect(metadata['@context']).toBe('http://www.w3.org/ns/csvw');
		expect(metadata.url).toMatch(/\/data\/claims\.csv$/);
		const header = read('data/claims.csv').split('\r\n')[0]?.split(',').map((field) => field.slice(1, -1));
		expect(metadata.tableSchema.columns.map((column) => column.name)).toEqual(header);
		for (const column of metadata.tableSchema.columns) expect(column['dc:description'].length, column.name).toBeGreaterThan(5);
	});

	test('the Atom feed lists every critique, newest first, each with id, title, updated, author and link', () => {
		const feed = read('critiques/feed.xml');
		expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
		const entries = feed.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
		expect(entries).toHaveLength(readCritiques().length);
		const updated = entries.map((entry) => /<updated>([^<]+)<\/updated>/.exec(entry)?.[1] ?? '');
		for (const entry of entries) expect(entry).toMatch(/<id>[^<]+<\/id>[\s\S]*<title>[^<]+<\/title>[\s\S]*<updated>\d{4}-\d{2}-\d{2}T00:00:00Z<\/updated>[\s\S]*<author><name>[^<]+<\/name><\/author>[\s\S]*<link rel="alternate"/);
		expect([...updated].sort().reverse()).toEqual(updated);
		expect(feed).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
	});
});
