import { MENU, type MenuGroup } from '~/menu'
import { hasPermission, type Authority } from './permissions.server'

/** The menu this user may open; empty groups are dropped. */
export function menuFor(authority: Authority): MenuGroup[] {
	return MENU.map((group) => ({
		label: group.label,
		items: group.items.filter((item) => !item.izin || hasPermission(authority, item.izin)),
	})).filter((group) => group.items.length > 0)
}
