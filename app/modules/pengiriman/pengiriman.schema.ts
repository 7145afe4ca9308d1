/**
 * The failed-deliveries page's filters. Browser-safe: the page's selects use the same options.
 * "Dicoba ulang" is a message still waiting after at least one failed try.
 */
export const KANAL_PENGIRIMAN = [
	{ value: 'email', label: 'E-mail' },
	{ value: 'wa', label: 'WhatsApp' },
] as const
export const STATUS_PENGIRIMAN = [
	{ value: 'gagal', label: 'Gagal' },
	{ value: 'menunggu', label: 'Dicoba ulang' },
] as const

export type KanalPengiriman = (typeof KANAL_PENGIRIMAN)[number]['value']
export type StatusPengiriman = (typeof STATUS_PENGIRIMAN)[number]['value']
export type FilterPengiriman = { kanal?: KanalPengiriman; status?: StatusPengiriman }

export function parseFilterPengiriman(url: URL): FilterPengiriman {
	const kanal = url.searchParams.get('kanal')
	const status = url.searchParams.get('status')
	return {
		kanal: KANAL_PENGIRIMAN.find((k) => k.value === kanal)?.value,
		status: STATUS_PENGIRIMAN.find((s) => s.value === status)?.value,
	}
}
