import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '$lib/timeline/lang';

export const match: ParamMatcher = (param): param is 'fr' | 'en' | 'vi' => isLang(param);
