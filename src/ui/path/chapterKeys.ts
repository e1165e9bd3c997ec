import type { ChapterId } from '../../strategies/chapters';

type Key<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Key<B>}` : S;

/** The message key stem of a chapter (`hundred-one` → `hundred_one`): `title_…` and `story_…`. */
export const chapterKey = <C extends ChapterId>(id: C): Key<C> => id.replace(/-/g, '_') as Key<C>;
