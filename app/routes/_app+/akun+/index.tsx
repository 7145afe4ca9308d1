import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { endOwnSession, listNamaPeran, listSesiAktif } from '~/modules/akses/akun.server'
import { SesiTable } from '~/modules/akses/components/sesi-table'
import { getPreferensiNotifikasiEmail, setNotifikasiEmail } from '~/modules/pengiriman/notifikasi-email.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUser } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'

export const meta: MetaFunction = () => [{ title: 'Akun saya — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const [peran, sesi, zonaWaktu, notifikasiEmail] = await Promise.all([
		listNamaPeran(user.authority.peran),
		listSesiAktif(user.id),
		getZonaWaktuKantor(),
		getPreferensiNotifikasiEmail(user.id),
	])
	return {
		akun: { nama: user.nama, nip: user.nip, username: user.username, jabatan: user.jabatan, unit: user.unit },
		peran,
		sesi: sesi.map(({ id, ...s }) => ({ ...s, ini: id === user.sesiId, ref: id.slice(0, 12) })),
		zonaWaktu,
		notifikasiEmail,
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const formData = await request.formData()
	if (formData.get('intent') === 'notifikasi-email') {
		const aktif = formData.get('notifikasiEmail') === 'on'
		await setNotifikasiEmail({ penggunaId: user.id, aktif })
		return redirectWithFlash('/akun', {
			jenis: 'sukses',
			pesan: aktif ? 'Salinan notifikasi akan dikirim ke e-mail Anda.' : 'Salinan notifikasi lewat e-mail dihentikan.',
		})
	}
	const kunci = String(formData.get('sesi') ?? '')
	const sesi = (await listSesiAktif(user.id)).find((s) => s.id.startsWith(kunci) && kunci.length === 12)
	if (!sesi || sesi.id === user.sesiId) {
		return redirectWithFlash('/akun', { jenis: 'galat', pesan: 'Sesi tidak ditemukan atau sudah berakhir.' })
	}
	await endOwnSession({ penggunaId: user.id, sesiId: sesi.id })
	return redirectWithFlash('/akun', { jenis: 'sukses', pesan: 'Sesi di perangkat lain telah diakhiri.' })
}

export default function AkunPage() {
	const { akun, peran, sesi, zonaWaktu, notifikasiEmail } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Akun saya</h1>
			<section className="card">
				<dl className="detail">
					<dt>Nama</dt>
					<dd>{akun.nama}</dd>
					<dt>NIP</dt>
					<dd>{akun.nip}</dd>
					<dt>Username</dt>
					<dd>{akun.username}</dd>
					<dt>Jabatan</dt>
					<dd>{akun.jabatan ?? '—'}</dd>
					<dt>Unit kerja</dt>
					<dd>{akun.unit}</dd>
					<dt>Peran</dt>
					<dd>
						{peran.length ? peran.map((p) => (
							<span className="badge" key={p.kode}>
								{p.nama}
							</span>
						)) : <span className="muted">Belum ada peran</span>}
					</dd>
				</dl>
				<p>
					<Link className="button" to="/akun/ganti-sandi">
						Ganti kata sandi
					</Link>
				</p>
			</section>
			<h2>Notifikasi e-mail</h2>
			<section className="card">
				<Form method="post">
					<div className="checks">
						<label>
							<input type="checkbox" name="notifikasiEmail" defaultChecked={notifikasiEmail.aktif} />
							<span>Kirim salinan notifikasi ke e-mail saya</span>
						</label>
					</div>
					{!notifikasiEmail.adaAlamat ? (
						<p className="hint">Alamat e-mail belum tercatat pada data pegawai Anda; minta pengelola kepegawaian mengisinya.</p>
					) : null}
					{!notifikasiEmail.emailAktif ? <p className="hint">Pengiriman e-mail belum dikonfigurasi di server ini.</p> : null}
					<p>
						<button type="submit" name="intent" value="notifikasi-email" className="button-sekunder">
							Simpan
						</button>
					</p>
				</Form>
			</section>
			<h2>Sesi aktif</h2>
			<SesiTable
				sesi={sesi}
				zonaWaktu={zonaWaktu}
				aksi={(s) =>
					s.ini ? (
						<span className="badge badge-hijau">Sesi ini</span>
					) : (
						<Form method="post">
							<input type="hidden" name="sesi" value={s.ref} />
							<button type="submit" className="button-sekunder button-kecil">
								Akhiri
							</button>
						</Form>
					)
				}
			/>
		</>
	)
}
