import { NOT_DISTRICT, PLACE_AT_START } from '../recognise/place-at-start';

/** The places a document speaks for, read from its issuer or given outright: `重庆市北碚区人民政府` → 重庆市 / 北碚区. */
export interface Jurisdiction {
  province?: string;
  municipality?: string;
  district?: string;
}

/** Reads the leading place words of `text` (an issuer name or a place), ignoring what follows them. */
export function parseJurisdiction(text: string | undefined): Jurisdiction {
  if (!text) return {};
  const groups = PLACE_AT_START.exec(text.normalize('NFKC').replace(/\s+/g, ''))?.groups ?? {};
  const district = groups.district && !NOT_DISTRICT.test(groups.district) ? groups.district : undefined;
  return { province: groups.province, municipality: groups.municipality, district };
}

/** The jurisdiction of a document: an explicit one wins, fields it lacks come from the issuer, then the default city. */
export function documentJurisdiction(explicit: string | undefined, issuer: string | undefined, defaultMunicipality?: string): Jurisdiction {
  const a = parseJurisdiction(explicit);
  const b = parseJurisdiction(issuer);
  const district = a.district ?? (a.municipality && a.municipality !== b.municipality ? undefined : b.district);
  return {
    province: a.province ?? b.province,
    municipality: a.municipality ?? b.municipality ?? defaultMunicipality,
    district,
  };
}
