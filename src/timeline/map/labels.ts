/**
 * The names on the maps. Each position is a fact with its source: sea centres as given on the pages named here,
 * places at the coordinates of the events that name them (content/exercises/), countries at the centroid of
 * their shape in world-atlas (computed, see atlas.ts).
 */
export interface WaterLabel {
  name: string;
  lat: number;
  lon: number;
  /** Where the position comes from. */
  source: string;
}

export const waterLabels: readonly WaterLabel[] = [
  { name: 'Sea of Japan', lat: 40, lon: 135, source: 'event 2023-07-northern-interaction, "Central Sea of Japan"' },
  { name: 'East China Sea', lat: 30, lon: 125, source: 'https://enwiki.academic.ru/dic.nsf/enwiki/121813 (Coordinates: 30°N 125°E)' },
  { name: 'Yellow Sea', lat: 35, lon: 123, source: 'http://www.princeton.edu/~achaney/tmve/wiki100k/docs/Yellow_Sea.html (35°N 123°E)' },
  { name: 'Sea of Okhotsk', lat: 55, lon: 150, source: 'https://simple.m.wikipedia.org/wiki/Sea_of_Okhotsk (55°N 150°E)' },
  { name: 'Taiwan Strait', lat: 24.81111, lon: 119.92833, source: 'https://en.m.wikipedia.org/wiki/Taiwan_Strait (24°48′40″N 119°55′42″E)' },
  { name: 'Pacific Ocean', lat: 42, lon: 155, source: 'event 2024-09-naval-patrol, "North-western Pacific"' },
  { name: 'South China Sea', lat: 20.9, lon: 110.7, source: 'event 2024-07-joint-sea, "near Zhanjiang, Guangdong (South China Sea)"' },
  { name: 'Baltic Sea', lat: 55, lon: 19.5, source: 'event 2017-07-joint-sea-baltic, "Baltic Sea off Baltiysk"' },
  { name: 'Mediterranean', lat: 35, lon: 18, source: 'event 2015-05-joint-sea-mediterranean, "Mediterranean Sea"' },
  { name: 'Gulf of Oman', lat: 25, lon: 60.5, source: 'event 2022-01-marine-security-belt, "Gulf of Oman … off Chabahar"' },
  { name: 'Bering Sea', lat: 58, lon: -175, source: 'event 2024-07-air-patrol, "Bering and Chukchi Seas"' },
];

/** Countries named on the maps, as world-atlas names them, with the label shown. */
export const countryLabels: readonly { atlasName: string; label: string }[] = [
  { atlasName: 'China', label: 'CHINA' },
  { atlasName: 'Russia', label: 'RUSSIA' },
  { atlasName: 'Japan', label: 'JAPAN' },
  { atlasName: 'Taiwan', label: 'TAIWAN' },
  { atlasName: 'South Korea', label: 'S. KOREA' },
  { atlasName: 'North Korea', label: 'N. KOREA' },
  { atlasName: 'Mongolia', label: 'MONGOLIA' },
  { atlasName: 'South Africa', label: 'SOUTH AFRICA' },
  { atlasName: 'Iran', label: 'IRAN' },
  { atlasName: 'Kazakhstan', label: 'KAZAKHSTAN' },
];
