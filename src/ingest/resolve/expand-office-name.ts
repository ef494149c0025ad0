import type { EntityKind } from '../../graph/node-kind';
import { englishPlace } from './english-place';
import { OFFICE_ABBREVIATIONS, isKnownOffice } from './office-abbreviations';
import { PLACE_AT_START } from '../recognise/place-at-start';
import type { Jurisdiction } from './parse-jurisdiction';

/** An office (or a district school) name written out in full for its jurisdiction. */
export interface ExpandedName {
  /** The canonical full name, e.g. `北碚区教育委员会`. */
  full: string;
  /** The short form with its place written out, e.g. `北碚区教委`: an alias that means one body only. */
  qualified: string;
  nameEn?: string;
}

/** `市…`, `区…`, `县…` at the start of a short form stand for the document's own city, district or county. */
const RELATIVE_MARKER = /^([市区县])(?!场|民|域|级|内|属|县|区)/;

interface Parts {
  place: string;
  body: string;
  level: 'municipality' | 'district' | 'province';
}

function splitPlace(surface: string, kind: EntityKind, j: Jurisdiction): Parts | undefined {
  const relative = RELATIVE_MARKER.exec(surface);
  if (relative) {
    const level = relative[1] === '市' ? 'municipality' : 'district';
    const place = level === 'municipality' ? j.municipality : j.district;
    return place ? { place, body: surface.slice(1), level } : undefined;
  }
  const g = PLACE_AT_START.exec(surface)?.groups ?? {};
  const place = (g.province ?? '') + (g.municipality ?? '') + (g.district ?? '');
  if (place.length > 0) {
    const level = g.district ? 'district' : g.municipality ? 'municipality' : 'province';
    // A district office is named without its city (`北碚区教育委员会`), as the district's own documents do.
    const own = level === 'district' && kind === 'GovernmentBody' ? (g.district as string) : place;
    return { place: own, body: surface.slice(place.length), level };
  }
  // An office named without a place (`人力社保局` in a list after `重庆市教委`) belongs to the document's own level.
  if (isKnownOffice(surface) && kind === 'GovernmentBody') {
    const place = j.district ?? j.municipality;
    return place ? { place, body: surface, level: j.district ? 'district' : 'municipality' } : undefined;
  }
  return undefined;
}

function expandBody(body: string): { full: string; en?: string } | undefined {
  const direct = OFFICE_ABBREVIATIONS[body];
  if (direct) return direct;
  // `政府教育督导室`, `委组织部`: a government or party prefix followed by a known office.
  for (const prefix of ['政府', '委']) {
    if (body.startsWith(prefix) && body.length > prefix.length) {
      const rest = OFFICE_ABBREVIATIONS[body.slice(prefix.length)];
      const head = OFFICE_ABBREVIATIONS[prefix];
      if (rest && head) return { full: head.full + rest.full };
    }
  }
  return undefined;
}

/**
 * Writes out a government office's short form for the document's jurisdiction: `区教委` in a Beibei text is
 * `北碚区教育委员会`, `市人力社保局` is `重庆市人力资源和社会保障局`. Undefined when the name has no place
 * to resolve or the office is not a known short form and has no place to add.
 */
export function expandOfficeName(surface: string, kind: EntityKind, j: Jurisdiction): ExpandedName | undefined {
  if (kind !== 'GovernmentBody' && !(kind === 'School' && /职教中心|职业教育中心$/.test(surface))) return undefined;
  const parts = splitPlace(surface, kind, j);
  if (!parts || parts.body.length === 0) return undefined;
  const expanded = expandBody(parts.body);
  // A district school keeps its city in its name (`重庆市武隆区职业教育中心`), as the schools sign themselves.
  const place = kind === 'School' && parts.level === 'district' && j.municipality && !parts.place.startsWith(j.municipality) ? j.municipality + parts.place : parts.place;
  const full = place + (expanded?.full ?? parts.body);
  const placeEn = englishPlace(parts.place);
  let nameEn: string | undefined;
  if (expanded?.en && placeEn) nameEn = expanded.en.includes('{place}') ? expanded.en.replace('{place}', placeEn) : `${placeEn} ${expanded.en}`;
  return { full, qualified: place + parts.body, nameEn };
}
