/** The size of every card image: the 1.91:1 that Open Graph and Twitter's large card expect. */
export const cardWidth = 1200;
export const cardHeight = 630;
