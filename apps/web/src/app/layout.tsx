import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { I18nProvider } from "@/i18n/i18n-provider";
import { htmlLang } from "@/i18n/locales";
import { getServerI18n } from "@/i18n/server-locale";
import { TRPCReactProvider } from "@/trpc/react";
import "./globals.css";

// Inter for Latin text, self-hosted (no request to Google Fonts); CJK glyphs come from the system's fonts.
const inter = localFont({
  src: "./fonts/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Newsdesk", template: "%s · Newsdesk" },
  description: "Editorial dashboard: search, read and tag the news archive.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await getServerI18n();
  return (
    <html lang={htmlLang(locale)} className={inter.variable}>
      <body className="bg-slate-50 text-slate-900 antialiased">
        <I18nProvider locale={locale}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
