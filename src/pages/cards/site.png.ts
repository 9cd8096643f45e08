/** The site's default card (/cards/site.png). */
import { cardResponse } from '../../share/cards/response.ts';
import { siteCard } from '../../share/cards/cards.ts';

export const GET = () => cardResponse(siteCard());
