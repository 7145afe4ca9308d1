import type { Cakupan } from '~/modules/layanan/baca.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { hasPermission } from '~/utils/permissions.server'

/**
 * Who reads requests, and which: staff holding `read:permohonan:any` see every request, a partner
 * officer (`read:permohonan:own` only) the ones they submitted.
 */
export async function requirePembacaPermohonan(request: Request) {
	const { user } = await requireUserWithPermission(request, 'read:permohonan:own')
	const cakupan: Cakupan = hasPermission(user.authority, 'read:permohonan:any') ? { jenis: 'semua' } : { jenis: 'milik', penggunaId: user.id }
	return { user, cakupan }
}
