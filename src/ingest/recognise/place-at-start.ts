/**
 * The place words at the start of a name: province, city, then district or county, each optional
 * (`重庆市北碚区…`, `两江新区…`, `四川省…`). Shared by recognition (lists of offices under one place) and
 * resolution (jurisdictions).
 */
export const PLACE_AT_START =
  /^(?<province>[\p{Script=Han}]{2,3}?省)?(?<municipality>[\p{Script=Han}]{2,3}?市)?(?<district>[\p{Script=Han}]{1,5}?(?:自治县|新区|经开区|区|县))?/u;

/** Words that end in 区 or 县 without being a district (`片区`, `园区`, `库区`, `区县`). */
export const NOT_DISTRICT = /(片区|园区|库区|城区|山区|区县|地区|社区|景区|校区|示范区|试验区|先行区)$/;

/** The place a name starts with, or `''` (`两江新区社会保障局` → `两江新区`; `区教委` → `''`). */
export function placeAtStart(name: string): string {
  const g = PLACE_AT_START.exec(name)?.groups ?? {};
  const district = g.district && !NOT_DISTRICT.test(g.district) ? g.district : '';
  return (g.province ?? '') + (g.municipality ?? '') + district;
}
