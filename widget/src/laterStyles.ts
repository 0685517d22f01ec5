/** The later script's stylesheet (see laterStyles.css), as text for styles.ts's adoptStyles. */
import css from './laterStyles.css?inline';

export const LATER_CSS: string = css;
