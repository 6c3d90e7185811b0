/**
 * The world map of participation, drawn at build time: the outlines come from world-atlas (Natural Earth at 1:110
 * million, as TopoJSON), converted with topojson-client and projected with d3-geo (Equal Earth), so the page ships
 * static SVG paths and no script. Countries are matched to States by their ISO 3166-1 numeric code (the ids
 * world-atlas uses), through i18n-iso-countries. Pure: no route, no markup.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

/** One country's outline, with the State code it maps to (if any). */
export interface MapShape {
	/** ISO 3166-1 numeric code from world-atlas ("076"), or an empty string for areas without one. */
	numeric: string;
	/** ISO 3166-1 alpha-3 code, when the numeric code is known ("BRA"). */
	code: string | undefined;
	/** The name world-atlas gives it (used only for areas the site has no State for). */
	atlasName: string;
	/** SVG path data. */
	d: string;
}

/** The map's size in SVG units. */
export const mapSize = { width: 960, height: 470 } as const;

let cached: MapShape[] | undefined;

/** Every country outline, projected to fit `mapSize`, Antarctica left out. */
export function worldShapes(): MapShape[] {
	if (cached) return cached;
	const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
	const features = collection.features.filter((item) => item.properties.name !== 'Antarctica');
	const projection = geoEqualEarth().fitSize([mapSize.width, mapSize.height], { type: 'FeatureCollection', features } as FeatureCollection);
	const path = geoPath(projection).digits(1);
	cached = features.map((item: Feature<Geometry, { name: string }>) => {
		const numeric = String(item.id ?? '');
		return { numeric, code: numeric ? countries.numericToAlpha3(numeric) : undefined, atlasName: item.properties.name, d: path(item) ?? '' };
	});
	return cached;
}

/** The State codes that have an outline on the map (small island States may have none at this scale). */
export function codesOnMap(): Set<string> {
	return new Set(worldShapes().flatMap((shape) => (shape.code ? [shape.code] : [])));
}
