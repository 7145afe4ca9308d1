import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { audit } from '~/utils/audit.server'
import { getUser } from '~/utils/auth.server'
import { clearSessionCookie, endSession } from '~/utils/session.server'

/** Logging out ends the session row, not just the cookie. */
export async function action({ request }: ActionFunctionArgs) {
	const user = await getUser(request)
	if (user) {
		await endSession(user.sesiId, 'keluar')
		await audit({ aksi: 'keluar', entitas: 'pengguna', entitasId: user.id })
	}
	return redirect('/login', { headers: { 'Set-Cookie': await clearSessionCookie() } })
}

export async function loader() {
	return redirect('/')
}
