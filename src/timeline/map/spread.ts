/**
 * Marks that would overlap are spread around their shared place (like a "spiderfied" cluster): every mark stays
 * its own link, and a thin leader joins it to the true point. Groups whose rings would touch merge into one ring.
 */
export interface Spread<T> {
  item: T;
  /** The true point. */
  at: [number, number];
  /** Where the mark is drawn. */
  mark: [number, number];
}

/**
 * Places marks of radius `r`, at least `2r + gap` apart. Items are taken in the given order (time order), and
 * a ring's marks run clockwise from the top.
 */
export function spreadMarks<T>(items: readonly { item: T; at: [number, number] }[], r = 5, gap = 3): Spread<T>[] {
  const pitch = 2 * r + gap;
  let groups = items.map((entry, index) => ({ members: [index], centre: entry.at }));
  const radius = (n: number) => (n === 1 ? 0 : Math.max(pitch, (n * pitch) / (2 * Math.PI)));
  const centreOf = (members: number[]): [number, number] => [
    members.reduce((sum, i) => sum + items[i]!.at[0], 0) / members.length,
    members.reduce((sum, i) => sum + items[i]!.at[1], 0) / members.length,
  ];
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const [ga, gb] = [groups[a]!, groups[b]!];
        const distance = Math.hypot(ga.centre[0] - gb.centre[0], ga.centre[1] - gb.centre[1]);
        if (distance < radius(ga.members.length) + radius(gb.members.length) + pitch) {
          const members = [...ga.members, ...gb.members].sort((x, y) => x - y);
          groups = [...groups.filter((_, i) => i !== a && i !== b), { members, centre: centreOf(members) }];
          merged = true;
          break outer;
        }
      }
    }
  }
  const placed = new Array<Spread<T>>(items.length);
  for (const group of groups) {
    const ring = radius(group.members.length);
    group.members.forEach((index, k) => {
      const angle = (2 * Math.PI * k) / group.members.length - Math.PI / 2;
      const mark: [number, number] = ring ? [group.centre[0] + ring * Math.cos(angle), group.centre[1] + ring * Math.sin(angle)] : items[index]!.at;
      placed[index] = { item: items[index]!.item, at: items[index]!.at, mark: [Math.round(mark[0] * 10) / 10, Math.round(mark[1] * 10) / 10] };
    });
  }
  return placed;
}
