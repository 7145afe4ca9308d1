import { redirect } from '@remix-run/node'
import { generasiAkses, Jabatan, Pegawai, Pengguna, UnitKerja } from '#models/index'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import type { Izin } from '~/modules/akses/katalog-izin'
import { audit } from './audit.server'
import { tanggalDiZona } from './format'
import { forbidden } from './http.server'
import { findGrant, loadAuthority, type Authority, type Grant } from './permissions.server'
import { getRequestContext, setActingFor, setActor } from './request-context.server'
import { getActiveSession } from './session.server'

/** The signed-in user as pages and services see them. */
export type CurrentUser = {
	id: number
	username: string
	nama: string
	nip: string
	jabatan: string | null
	jabatanId: number | null
	unit: string
	unitId: number
	wajibGantiSandi: boolean
	sesiId: string
	authority: Authority
}

const cache = new WeakMap<Request, Promise<CurrentUser | null>>()

/**
 * Who the user is and what they may do, per session, for a few seconds: every page needs it and
 * it costs about eight queries. The session itself is still checked on every request (so logout,
 * expiry and revocation act at once); a write to accounts, roles, jabatan or Plt/Plh in this
 * process drops every copy, and other processes pick the change up within `UMUR_SESI_MS`.
 */
const UMUR_SESI_MS = 15_000
const MAKS_SESI = 5_000
const perSesi = new Map<string, { user: CurrentUser; sampai: number; generasi: number; tanggal: string }>()

async function loadUser(request: Request): Promise<CurrentUser | null> {
	const sesi = await getActiveSession(request)
	if (!sesi) return null
	const zona = await getZonaWaktuKantor()
	const tanggal = tanggalDiZona(new Date(), zona)
	const cached = perSesi.get(sesi.id)
	if (cached && cached.sampai > Date.now() && cached.generasi === generasiAkses.nilai && cached.tanggal === tanggal) {
		setActor({ penggunaId: cached.user.id, nama: cached.user.nama })
		return cached.user
	}
	const generasi = generasiAkses.nilai
	const pengguna = await Pengguna.findByPk(sesi.penggunaId, {
		include: [
			{
				model: Pegawai,
				as: 'pegawai',
				include: [
					{ model: Jabatan, as: 'jabatan', attributes: ['id', 'nama'] },
					{ model: UnitKerja, as: 'unit', attributes: ['id', 'nama'] },
				],
			},
		],
	})
	if (!pengguna?.aktif || !pengguna.pegawai) return null
	const authority = await loadAuthority(pengguna.id, tanggal)
	const pegawai = pengguna.pegawai
	const user: CurrentUser = {
		id: pengguna.id,
		username: pengguna.username,
		nama: pegawai.nama,
		nip: pegawai.nip,
		jabatan: pegawai.jabatan?.nama ?? null,
		jabatanId: pegawai.jabatan?.id ?? null,
		unit: pegawai.unit?.nama ?? '',
		unitId: pegawai.unitId,
		wajibGantiSandi: pengguna.wajibGantiSandi,
		sesiId: sesi.id,
		authority,
	}
	setActor({ penggunaId: user.id, nama: user.nama })
	if (perSesi.size >= MAKS_SESI) perSesi.delete(perSesi.keys().next().value!)
	perSesi.set(sesi.id, { user, sampai: Date.now() + UMUR_SESI_MS, generasi, tanggal })
	return user
}

/** The signed-in user or null; computed once per request however many loaders ask. */
export function getUser(request: Request): Promise<CurrentUser | null> {
	const context = getRequestContext()
	let pending = (context?.user as Promise<CurrentUser | null> | undefined) ?? cache.get(request)
	if (!pending) {
		pending = loadUser(request)
		cache.set(request, pending)
		if (context) context.user = pending
	}
	return pending.then((user) => {
		if (user) setActor({ penggunaId: user.id, nama: user.nama })
		return user
	})
}

const GANTI_SANDI_PATH = '/akun/ganti-sandi'

function loginRedirect(request: Request) {
	const url = new URL(request.url)
	url.searchParams.delete('_routes') // single-fetch bookkeeping, not part of the page address
	const redirectTo = `${url.pathname}${url.search}`
	const params = new URLSearchParams({ redirectTo })
	return redirect(`/login?${params.toString()}`)
}

/** The signed-in user; otherwise a redirect to the login page that comes back here after. */
export async function requireUser(request: Request): Promise<CurrentUser> {
	const user = await getUser(request)
	if (!user) throw loginRedirect(request)
	const path = new URL(request.url).pathname
	if (user.wajibGantiSandi && path !== GANTI_SANDI_PATH && path !== '/logout') {
		throw redirect(GANTI_SANDI_PATH)
	}
	return user
}


/**
 * The signed-in user holding `izin`, with the grant that allowed it. A refusal is audited and
 * answered 403 naming what is missing. Authority held as Plt/Plh marks the request, so the
 * audit trail records both names.
 */
export async function requireUserWithPermission(
	request: Request,
	izin: Izin,
): Promise<{ user: CurrentUser; grant: Grant }> {
	const user = await requireUser(request)
	const grant = findGrant(user.authority, izin)
	if (!grant) {
		await audit({ aksi: 'akses-ditolak', entitas: 'izin', entitasId: izin, keterangan: new URL(request.url).pathname })
		throw forbidden(`Anda tidak memiliki izin "${izin}" untuk membuka halaman ini.`)
	}
	if (grant.via === 'plt' && grant.atasNama) setActingFor(grant.atasNama)
	return { user, grant }
}

/** For the login page: a signed-in user goes home instead. */
export async function requireAnonymous(request: Request) {
	const user = await getUser(request)
	if (user) throw redirect('/')
}

/** Only same-site paths are followed after login, never another host. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/') {
	if (!to || typeof to !== 'string') return fallback
	if (!to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback
	return to
}
