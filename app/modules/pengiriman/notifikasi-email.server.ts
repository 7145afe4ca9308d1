import { Pegawai, Pengguna } from '#models/index'
import { emailAktif } from '~/integrations/email/email.server'

/**
 * A member of staff's choice to receive e-mail copies of their in-app notifications. The copy
 * goes to the address on their pegawai record, only while e-mail is configured.
 */
export async function getPreferensiNotifikasiEmail(penggunaId: number) {
	const pengguna = await Pengguna.findByPk(penggunaId, {
		attributes: ['id', 'notifikasiEmail'],
		include: [{ model: Pegawai, as: 'pegawai', attributes: ['id', 'email'] }],
	})
	return {
		aktif: pengguna?.notifikasiEmail ?? false,
		adaAlamat: Boolean(pengguna?.pegawai?.email?.trim()),
		emailAktif: emailAktif(),
	}
}

/** Saves the choice (audited by the model hooks like any change to an account). */
export async function setNotifikasiEmail(params: { penggunaId: number; aktif: boolean }) {
	const pengguna = await Pengguna.findByPk(params.penggunaId)
	if (!pengguna) return false
	if (pengguna.notifikasiEmail !== params.aktif) await pengguna.update({ notifikasiEmail: params.aktif })
	return true
}
