package com.custodia.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text of a PDF copy and search as the Chinese it shows. Noto Sans SC draws 白 and the Kangxi radical ⽩
 * (U+2F69) with one glyph, and PDFBox writes the lowest code point of a glyph into the font's ToUnicode map, so
 * copied text came out as radicals (⽩健宇 instead of 白健宇, ⻛险 instead of 风险). This rewrites those entries to
 * the unified ideograph the same glyph also stands for. The glyph-to-ideograph table is read from the font once.
 */
final class UnifiedIdeographs {

	private static final Pattern CMAP_SECTION = Pattern.compile("begin(bfchar|bfrange)(.*?)end\\1", Pattern.DOTALL);

	private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]*)>");

	private final Supplier<InputStream> font;

	/** The radical or compatibility code point to write instead, by the code point PDFBox chose. */
	private volatile Map<Integer, Integer> replacements;

	UnifiedIdeographs(Supplier<InputStream> font) {
		this.font = font;
	}

	/** Rewrites the ToUnicode maps of the document's Type 0 fonts where they name a radical. */
	void fix(PDDocument document) throws IOException {
		Map<Integer, Integer> table = replacements();
		java.util.Set<COSStream> done = new java.util.HashSet<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont pdFont = resources.getFont(name);
				if (pdFont instanceof PDType0Font
						&& pdFont.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream
						&& done.add(stream)) {
					rewrite(stream, table);
				}
			}
		}
	}

	private static void rewrite(COSStream stream, Map<Integer, Integer> table) throws IOException {
		String cmap;
		try (InputStream in = stream.createInputStream()) {
			cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		Map<Integer, String> codeToText = new TreeMap<>();
		Matcher section = CMAP_SECTION.matcher(cmap);
		while (section.find()) {
			List<String> hex = HEX.matcher(section.group(2)).results().map((m) -> m.group(1)).toList();
			if (section.group(1).equals("bfchar")) {
				for (int i = 0; i + 1 < hex.size(); i += 2) {
					codeToText.put(Integer.parseInt(hex.get(i), 16), text(hex.get(i + 1)));
				}
			}
			else {
				for (int i = 0; i + 2 < hex.size(); i += 3) {
					int from = Integer.parseInt(hex.get(i), 16);
					int to = Integer.parseInt(hex.get(i + 1), 16);
					String first = text(hex.get(i + 2));
					for (int code = from; code <= to; code++) {
						int last = first.codePointBefore(first.length()) + (code - from);
						codeToText.put(code, first.substring(0, first.length() - Character.charCount(
								first.codePointBefore(first.length()))) + Character.toString(last));
					}
				}
			}
		}
		boolean changed = false;
		for (Map.Entry<Integer, String> entry : codeToText.entrySet()) {
			String text = entry.getValue();
			if (text.codePointCount(0, text.length()) == 1 && table.containsKey(text.codePointAt(0))) {
				entry.setValue(Character.toString(table.get(text.codePointAt(0))));
				changed = true;
			}
		}
		if (changed) {
			try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(write(codeToText).getBytes(StandardCharsets.ISO_8859_1));
			}
		}
	}

	private static String text(String hex) {
		byte[] bytes = new byte[hex.length() / 2];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16);
		}
		return new String(bytes, StandardCharsets.UTF_16BE);
	}

	private static String write(Map<Integer, String> codeToText) {
		StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
				+ "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
				+ "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
				+ "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		List<Map.Entry<Integer, String>> entries = List.copyOf(codeToText.entrySet());
		for (int start = 0; start < entries.size(); start += 100) {
			List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(entries.size(), start + 100));
			cmap.append(block.size()).append(" beginbfchar\n");
			for (Map.Entry<Integer, String> entry : block) {
				cmap.append(String.format("<%04X> <", entry.getKey()));
				for (byte b : entry.getValue().getBytes(StandardCharsets.UTF_16BE)) {
					cmap.append(String.format("%02X", b & 0xFF));
				}
				cmap.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
	}

	/** Radicals (U+2E80–U+2FDF) and compatibility ideographs (U+F900–U+FAFF) whose glyph is also a unified ideograph. */
	private Map<Integer, Integer> replacements() {
		Map<Integer, Integer> table = this.replacements;
		if (table != null) {
			return table;
		}
		Map<Integer, Integer> found = new HashMap<>();
		try (InputStream in = this.font.get(); TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
			CmapLookup lookup = ttf.getUnicodeCmapLookup();
			for (int[] range : new int[][] { { 0x2E80, 0x2FDF }, { 0xF900, 0xFAFF } }) {
				for (int code = range[0]; code <= range[1]; code++) {
					int codePoint = code;
					int glyph = lookup.getGlyphId(codePoint);
					List<Integer> codes = (glyph > 0) ? lookup.getCharCodes(glyph) : null;
					if (codes != null) {
						codes.stream().filter(UnifiedIdeographs::isUnified).findFirst()
							.ifPresent((unified) -> found.put(codePoint, unified));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.replacements = Map.copyOf(found);
		return this.replacements;
	}

	private static boolean isUnified(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
				&& !(codePoint >= 0x2E80 && codePoint <= 0x2FDF) && !(codePoint >= 0xF900 && codePoint <= 0xFAFF);
	}

}
