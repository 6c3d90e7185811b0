/** JSON Schemas (draft 2020-12) of the exports, generated from src/schemas/exports.ts: /data/schema/v1/<name>.schema.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { exportSchemas, exportsVersion, type ExportName } from '../../../../schemas/exports.ts';

export const getStaticPaths = (() => Object.keys(exportSchemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
	const name = params.name as ExportName;
	const schema = { ...z.toJSONSchema(exportSchemas[name], { target: 'draft-2020-12' }), $id: new URL(`data/schema/v${exportsVersion}/${name}.schema.json`, site).href, title: `${name} export, version ${exportsVersion}` };
	return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
