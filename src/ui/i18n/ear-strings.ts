// The Settings words for on-device recognition, apart from the main catalogs: only the Settings screen (loaded on
// first visit) shows them, so they stay out of the initial JavaScript.
import type { Lang } from '../../domain/types';
import type { EarLoadProblem } from '../../platform/ear/device-ear';

export interface EarStrings {
  heading: string;
  toggle: string;
  hint: (bytes: number) => string;
  loading: (percent: number) => string;
  ready: (seconds: number) => string;
  /** Shown with Vietnamese chosen: the ear hears English only. */
  englishOnly: string;
  problems: Record<EarLoadProblem, (detail: string | null) => string>;
}

const megabytes = (locale: string, b: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(b / 1e6);
const bytesEn = (b: number) => megabytes('en-US', b);
const bytesVi = (b: number) => megabytes('vi-VN', b);

export const EAR_STRINGS: Record<Lang, EarStrings> = {
  en: {
    heading: 'Speech recognition',
    toggle: 'Recognize speech on this device',
    hint: (size) =>
      `Commands in English are recognised by Earshot itself (Moonshine Tiny with PocketSphinx), not by the browser's service: your voice never leaves this device, and voice works offline and in browsers without speech recognition. Downloads ${bytesEn(size)} once from this site; turning it off removes it.`,
    loading: (percent) => `Loading the speech model… ${percent}%`,
    ready: (seconds) => `Ready: commands are recognised on this device (loaded in ${seconds.toFixed(1)} s).`,
    englishOnly:
      'It hears English only: no Vietnamese speech model can be had for use on the device yet. Vietnamese commands use the browser’s recognizer where it has one.',
    problems: {
      offline: () => 'The speech model could not be downloaded: you are offline. Turn it on again once online.',
      storage: (detail) => `There is no room on this device to keep the speech model${detail ? ` (${detail})` : ''}. Free some space, then turn it on again.`,
      model: (detail) => `The speech model could not start${detail ? ` (${detail})` : ''}. Turn it off and on again.`,
      unsupported: (detail) => `This browser lacks ${detail ?? 'a feature'} that on-device recognition needs.`,
    },
  },
  vi: {
    heading: 'Nhận dạng giọng nói',
    toggle: 'Nhận dạng giọng nói trên thiết bị này',
    hint: (size) =>
      `Lệnh tiếng Anh được chính Earshot nhận dạng (Moonshine Tiny cùng PocketSphinx), không qua dịch vụ của trình duyệt: giọng nói của bạn không rời khỏi thiết bị, và giọng nói vẫn dùng được khi ngoại tuyến và trên trình duyệt không có nhận dạng giọng nói. Tải một lần ${bytesVi(size)} từ trang này; tắt đi sẽ xoá nó.`,
    loading: (percent) => `Đang tải mô hình giọng nói… ${percent}%`,
    ready: (seconds) => `Sẵn sàng: lệnh được nhận dạng trên thiết bị này (tải trong ${seconds.toFixed(1).replace('.', ',')} giây).`,
    englishOnly:
      'Chỉ nghe được tiếng Anh: hiện chưa có mô hình nhận dạng tiếng Việt nào dùng được trên thiết bị. Lệnh tiếng Việt dùng bộ nhận dạng của trình duyệt nếu có.',
    problems: {
      offline: () => 'Không tải được mô hình giọng nói: bạn đang ngoại tuyến. Hãy bật lại khi có mạng.',
      storage: (detail) => `Thiết bị không còn chỗ để giữ mô hình giọng nói${detail ? ` (${detail})` : ''}. Hãy giải phóng bớt dung lượng rồi bật lại.`,
      model: (detail) => `Mô hình giọng nói không khởi động được${detail ? ` (${detail})` : ''}. Hãy tắt rồi bật lại.`,
      unsupported: (detail) => `Trình duyệt này thiếu ${detail ?? 'một tính năng'} mà nhận dạng trên thiết bị cần.`,
    },
  },
};
