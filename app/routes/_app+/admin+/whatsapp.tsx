import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { statusKanalWa } from '~/modules/layanan/wa-tiket.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Kanal WhatsApp — SIMADU' }]

/** Whether the WhatsApp ticket channel is on; names missing variables, never their values. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:layanan:any')
	return statusKanalWa(new URL(request.url).origin)
}

function Status({ aktif }: { aktif: boolean }) {
	return aktif ? <span className="badge badge-hijau">Aktif</span> : <span className="badge badge-merah">Tidak aktif</span>
}

export default function KanalWhatsAppPage() {
	const s = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Kanal WhatsApp (WA Ticket)</h1>
			<p className="muted">
				Pemohon mengajukan layanan, mengirim berkas dan menanyakan status lewat WhatsApp Business Cloud API. Pengaturan dibaca dari variabel lingkungan server.
			</p>
			{s.kurang.length ? (
				<div className="alert alert-galat" role="alert">
					Kanal belum lengkap. Variabel yang belum diisi: {s.kurang.join(', ')}. Isi di berkas lingkungan server lalu jalankan ulang SIMADU.
				</div>
			) : (
				<div className="alert alert-sukses">Semua variabel kanal WhatsApp sudah diisi.</div>
			)}
			<dl className="detail card">
				<dt>Pengiriman pesan</dt>
				<dd>
					<Status aktif={s.kirimAktif} /> <span className="muted">(WA_PHONE_NUMBER_ID dan WA_ACCESS_TOKEN)</span>
				</dd>
				<dt>Penerimaan pesan (webhook)</dt>
				<dd>
					<Status aktif={s.webhookAktif} /> <span className="muted">(WA_VERIFY_TOKEN dan WA_APP_SECRET)</span>
				</dd>
				<dt>Alamat API</dt>
				<dd>
					<code>{s.apiBaseUrl}</code>
				</dd>
				<dt>URL webhook</dt>
				<dd>
					<code>{s.webhookUrl}</code>
					<div className="muted">
						Daftarkan alamat ini sebagai Callback URL di pengaturan WhatsApp aplikasi Meta, dengan Verify token sama dengan WA_VERIFY_TOKEN, lalu langganan kolom
						&quot;messages&quot;.
						{s.appUrlDiatur ? null : ' APP_URL belum diisi: alamat ini diambil dari halaman yang sedang dibuka dan harus dapat diakses dari internet dengan HTTPS.'}
					</div>
				</dd>
				<dt>Pesan keluar menunggu</dt>
				<dd>{formatAngka(s.antrean.menunggu)}</dd>
				<dt>Pesan keluar gagal</dt>
				<dd>{formatAngka(s.antrean.gagal)}</dd>
				<dt>Pesan masuk 24 jam terakhir</dt>
				<dd>{formatAngka(s.pesanMasuk.sehari)}</dd>
				<dt>Pesan masuk gagal diproses</dt>
				<dd>{formatAngka(s.pesanMasuk.gagal)}</dd>
			</dl>
		</>
	)
}
