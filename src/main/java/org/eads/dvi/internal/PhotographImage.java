package org.eads.dvi.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded photograph checked to be a whole JPEG or PNG image of a sane size, with a small JPEG preview. The
 * preview is decoded with subsampling, so a 40-megapixel original never sits in memory at full size.
 */
public record PhotographImage(String contentType, int width, int height, byte[] preview) {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final long MAX_PIXELS = 60_000_000L;
    static final int PREVIEW_SIDE = 400;

    /**
     * Reads the image.
     *
     * @throws Rejected saying what is wrong with the file
     */
    public static PhotographImage read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new Rejected("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Rejected("a photograph may have at most " + MAX_BYTES / (1024 * 1024)
                    + " MB; this one has " + content.length / (1024 * 1024) + " MB");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Rejected("the file is not a JPEG or PNG image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String type = switch (format) {
                    case "jpeg", "jpg" -> "image/jpeg";
                    case "png" -> "image/png";
                    default -> throw new Rejected("the file is a " + format
                            + " image; send a JPEG or PNG");
                };
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new Rejected("the image has " + width + " x " + height
                            + " pixels; at most " + MAX_PIXELS / 1_000_000 + " megapixels are taken");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / PREVIEW_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage sampled = reader.read(0, param);
                return new PhotographImage(type, width, height, preview(sampled));
            } finally {
                reader.dispose();
            }
        } catch (Rejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Rejected("the image cannot be read: it is damaged or cut short");
        }
    }

    /** What is wrong with a file that is not taken, for the person who sent it. */
    public static final class Rejected extends IllegalArgumentException {
        Rejected(String message) {
            super(message);
        }
    }

    private static byte[] preview(BufferedImage image) {
        double scale = Math.min(1.0, (double) PREVIEW_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "jpeg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
