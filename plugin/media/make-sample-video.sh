#!/usr/bin/env bash
# Generates a sample film of the built-in pack and its captions from a dialogue file:
#
#   <name>.webm    640x360, VP9 video at 10 fps, Opus audio (mono)
#   <name>.nl.vtt  Dutch captions (the spoken text)
#   <name>.en.vtt  English captions (translation, same cue times)
#
# Everything is made here from the dialogue in <name>.dialogue.txt: calm text slides
# (ffmpeg drawtext, DejaVu fonts) and Dutch speech (espeak-ng). The dialogue file names
# the film, its title card and its speakers (see the format at the top of any of them).
# Nothing is downloaded. Needs: ffmpeg (with libvpx and libopus), ffprobe, espeak-ng,
# the DejaVu fonts and awk. On Debian/Ubuntu:
#
#   sudo apt-get install ffmpeg espeak-ng fonts-dejavu-core
#
# Usage: plugin/media/make-sample-video.sh [dialogue-file [output-name [output-directory]]]
# Without arguments every *.dialogue.txt next to this script is made. The output name
# defaults to the dialogue file's name without ".dialogue.txt"; the default output directory
# is plugin/src/main/resources/samenspraak/packs/builtin/media/.
# Cue times come from the lengths of the generated speech (measured with ffprobe), so
# they stay right when the dialogue changes. Rerunning with the same tool versions
# gives the same files.
set -euo pipefail

die() { echo "make-sample-video: $*" >&2; exit 1; }

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if (($# == 0)); then
  for dialogue in "$SCRIPT_DIR"/*.dialogue.txt; do "${BASH_SOURCE[0]}" "$dialogue"; done
  exit 0
fi
DIALOGUE="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
NAME="${2:-$(basename "$1" .dialogue.txt)}"
OUT_DIR="${3:-$SCRIPT_DIR/../src/main/resources/samenspraak/packs/builtin/media}"
[[ "$NAME" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "output name '$NAME' must be lower-case letters, digits and dashes"

SR=22050          # espeak-ng sample rate; all timing is done in samples at this rate
FPS=10            # low frame rate: the picture only changes per spoken line
W=640 H=360

BREAK_MS=600     # " / " in the Dutch text

# Colours of the title and end cards (calm, solid backgrounds; the bottom part stays free for
# captions). Each speaker's slide colours are set in the dialogue file.
BG_TITLE="0x1F3A4D" ACCENT_TITLE="0xF2C879"
FG="0xF4F1EA" MUTED="0xC9D3D8"

# ---- tools ---------------------------------------------------------------------------------
missing=()
for tool in ffmpeg ffprobe espeak-ng awk; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  die "missing: ${missing[*]}. Install them with: sudo apt-get install ffmpeg espeak-ng (Debian/Ubuntu)"
fi
encoders="$(ffmpeg -hide_banner -encoders 2>/dev/null)"
grep -q libvpx-vp9 <<<"$encoders" || die "this ffmpeg has no libvpx-vp9 encoder; install the Debian ffmpeg: sudo apt-get install ffmpeg"
grep -q libopus <<<"$encoders" || die "this ffmpeg has no libopus encoder; install the Debian ffmpeg: sudo apt-get install ffmpeg"
espeak-ng --voices=nl | grep -q 'gmw/nl' || die "espeak-ng has no Dutch voice; install it with: sudo apt-get install espeak-ng espeak-ng-data"

find_font() { # $1 = fontconfig pattern, $2 = Debian path
  local f=""
  if command -v fc-match >/dev/null 2>&1; then f="$(fc-match -f '%{file}' "$1" 2>/dev/null || true)"; fi
  case "$f" in *DejaVu*) ;; *) f="$2" ;; esac
  [[ -f "$f" ]] || die "font $1 not found; install it with: sudo apt-get install fonts-dejavu-core"
  [[ "$f" != *[:\'\\,]* ]] || die "font path $f contains characters drawtext cannot take"
  printf '%s' "$f"
}
FONT="$(find_font 'DejaVu Sans:style=Book' /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf)"
FONT_BOLD="$(find_font 'DejaVu Sans:style=Bold' /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf)"
FONT_ITALIC="$(find_font 'DejaVu Sans:style=Oblique' /usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf)"

[[ -f "$DIALOGUE" ]] || die "dialogue file not found: $DIALOGUE"
mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# ---- helpers -------------------------------------------------------------------------------
to_samples() { awk -v s="$1" -v r="$SR" 'BEGIN { if (s !~ /^[0-9]+(\.[0-9]+)?$/) exit 1; printf "%d", s * r + 0.5 }' \
  || die "not a number of seconds: '$1'"; }
secs() { awk -v n="$1" -v r="$SR" 'BEGIN { printf "%.3f", n / r }'; }
vtt_time() { awk -v n="$1" -v r="$SR" 'BEGIN { ms = int(n * 1000 / r + 0.5);
  printf "%02d:%02d:%02d.%03d", int(ms / 3600000), int(ms / 60000) % 60, int(ms / 1000) % 60, ms % 1000 }'; }

ntext=0
CHAIN=""
# adds a drawtext filter for one centred line of text to CHAIN; the text goes through a file,
# so it needs no escaping (called directly, not in $(...), so that ntext keeps counting)
dt() { # $1 text, $2 font file, $3 size, $4 colour, $5 y
  ntext=$((ntext + 1))
  printf '%s' "$1" >"t$ntext.txt"
  CHAIN+="$(printf ',drawtext=fontfile=%s:textfile=t%d.txt:expansion=none:fontsize=%s:fontcolor=%s:x=(w-text_w)/2:y=%s' \
    "$2" "$ntext" "$3" "$4" "$5")"
}
render() { # $1 png, $2 background, $3 accent colour of the top bar; draws CHAIN
  ffmpeg -nostdin -v error -y -f lavfi -i "color=c=$2:s=${W}x${H}:r=1" -frames:v 1 \
    -vf "drawbox=x=0:y=0:w=iw:h=8:color=$3:t=fill$CHAIN" "$1"
  CHAIN=""
}

nslide=0
slide_title() { # $1 line 1 (small), $2 line 2 (big), $3 line 3 (big), $4 footer
  nslide=$((nslide + 1)); SLIDE="s$nslide.png"
  dt "$1" "$FONT" 30 "$MUTED" 62
  dt "$2" "$FONT_BOLD" 40 "$FG" 118
  dt "$3" "$FONT_BOLD" 40 "$FG" 168
  dt "$4" "$FONT_ITALIC" 20 "$MUTED" 238
  render "$SLIDE" "$BG_TITLE" "$ACCENT_TITLE"
}
slide_end() { # $1 title (big), $2 and $3 smaller lines
  nslide=$((nslide + 1)); SLIDE="s$nslide.png"
  dt "$1" "$FONT_BOLD" 40 "$FG" 100
  dt "$2" "$FONT" 24 "$MUTED" 170
  dt "$3" "$FONT_ITALIC" 22 "$MUTED" 212
  render "$SLIDE" "$BG_TITLE" "$ACCENT_TITLE"
}
slide_line() { # $1 speaker code, $2 scene title, $3 hint
  local bg=${SP_BG[$1]} role=${SP_ROLE[$1]} who=${SP_WHO[$1]} accent=${SP_ACCENT[$1]}
  nslide=$((nslide + 1)); SLIDE="s$nslide.png"
  dt "$2" "$FONT" 22 "$MUTED" 26
  dt "$role" "$FONT_BOLD" 56 "$FG" 86
  dt "$who" "$FONT" 24 "$FG" 158
  [[ -z "$3" ]] || dt "$3" "$FONT_ITALIC" 24 "$accent" 212
  render "$SLIDE" "$bg" "$accent"
}

: >audio.raw
: >slides.txt
: >cues.txt           # start-samples|end-samples|speaker|nl|en
: >scenes.txt         # title|start-samples|end-samples
cursor=0              # samples written to audio.raw so far
pending="" pending_start=0

silence() { # $1 samples
  (($1 > 0)) || return 0
  head -c $(($1 * 2)) /dev/zero >>audio.raw
  cursor=$((cursor + $1))
}
flush_slide() { # ends the pending slide at the cursor
  if [[ -n "$pending" ]]; then
    printf "file '%s'\nduration %s\n" "$pending" "$(secs $((cursor - pending_start)))" >>slides.txt
    last_slide="$pending"
  fi
  pending=""
}
start_slide() { flush_slide; pending="$SLIDE" pending_start=$cursor; }

nline=0
speak() { # $1 speaker, $2 Dutch text; appends the speech and sets SPOKEN (samples)
  local voice speed pitch amp ssml n bytes
  voice=${SP_VOICE[$1]} speed=${SP_SPEED[$1]} pitch=${SP_PITCH[$1]} amp=${SP_AMP[$1]}
  nline=$((nline + 1))
  ssml="$(sed -e 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' -e "s| / | <break time=\"${BREAK_MS}ms\"/> |g" <<<"$2")"
  espeak-ng -m -v "$voice" -s "$speed" -p "$pitch" -a "$amp" -w "l$nline.wav" "$ssml"
  ffmpeg -nostdin -v error -y -i "l$nline.wav" -f s16le -acodec pcm_s16le -ac 1 -ar "$SR" "l$nline.raw"
  n="$(ffprobe -v error -select_streams a:0 -show_entries stream=duration_ts -of csv=p=0 "l$nline.wav")"
  bytes="$(wc -c <"l$nline.raw")"
  [[ "$n" =~ ^[0-9]+$ && $((bytes / 2)) -eq "$n" ]] || die "could not measure the speech of line $nline ($n samples, $bytes bytes)"
  cat "l$nline.raw" >>audio.raw
  cursor=$((cursor + n))
  SPOKEN=$n
}

scene_title="" scene_start=0 scene_end=""
end_scene() {
  [[ -n "$scene_title" ]] || return 0
  local end
  if [[ "$scene_end" == auto ]]; then end=$((cursor + $(to_samples 0.3)))
  else
    end=$(to_samples "$scene_end")
    ((cursor <= end)) || die "scene '$scene_title' is $(secs $((cursor - end))) s too long for its end at $scene_end s; shorten its lines or pauses"
  fi
  silence $((end - cursor))
  printf '%s|%s|%s\n' "$scene_title" "$scene_start" "$cursor" >>scenes.txt
  scene_title=""
}

# ---- read the dialogue: audio, slides and cues ---------------------------------------------
declare -A SP_VOICE SP_SPEED SP_PITCH SP_AMP SP_ROLE SP_WHO SP_NL SP_EN SP_BG SP_ACCENT
FILM="" TITLE_CARD=()
lineno=0
while IFS='|' read -r kind a b c d e f g h i j k || [[ -n "$kind" ]]; do
  lineno=$((lineno + 1))
  [[ -z "${kind// /}" || "$kind" == \#* ]] && continue
  case "$kind" in
    film)
      [[ -n "$a" ]] || die "dialogue line $lineno: film needs a title"
      FILM="$a"
      ;;
    title)
      TITLE_CARD=("$a" "$b" "$c" "$d")
      ;;
    speaker)
      [[ "$a" =~ ^[A-Z]$ && -n "$k" ]] || die "dialogue line $lineno: speaker needs a one-letter code and 11 fields"
      SP_VOICE[$a]="$b" SP_SPEED[$a]="$c" SP_PITCH[$a]="$d" SP_AMP[$a]="$e"
      SP_ROLE[$a]="$f" SP_WHO[$a]="$g" SP_NL[$a]="$h" SP_EN[$a]="$i" SP_BG[$a]="$j" SP_ACCENT[$a]="$k"
      ;;
    scene)
      end_scene
      start=$(to_samples "$a")
      ((cursor <= start)) || die "dialogue line $lineno: scene '$c' starts at $a s, before the previous one ended"
      silence $((start - cursor))
      scene_title="$c" scene_start=$cursor scene_end="$b"
      ;;
    line)
      [[ -n "$scene_title" ]] || die "dialogue line $lineno: a line outside a scene"
      [[ -n "$d" && -n "$e" ]] || die "dialogue line $lineno: a line needs a Dutch and an English text"
      ((${#c} <= 44 && ${#scene_title} <= 44)) || die "dialogue line $lineno: hint or scene title longer than 44 characters does not fit on the slide"
      [[ -n "${SP_VOICE[$a]:-}" ]] || die "dialogue line $lineno: unknown speaker '$a' (declare it with a speaker line first)"
      if [[ "$a" == V ]]; then
        ((${#TITLE_CARD[@]} == 4)) || die "dialogue line $lineno: a narrator line needs a title line before it"
        slide_title "${TITLE_CARD[@]}"
      else
        slide_line "$a" "$scene_title" "$c"
      fi
      start_slide
      silence "$(to_samples "$b")"
      cue_start=$cursor
      speak "$a" "$d"
      nl="$(sed -e 's| / | |g' <<<"$d")"
      printf '%s|%s|%s|%s|%s\n' "$cue_start" "$((cue_start + SPOKEN))" "$a" "$nl" "$e" >>cues.txt
      ;;
    card)
      end_scene
      slide_end "$b" "$c" "$d"
      start_slide
      card_start=$cursor
      silence "$(to_samples "$a")"
      printf '%s|%s|%s\n' "Eindkaart" "$card_start" "$cursor" >>scenes.txt
      ;;
    *) die "dialogue line $lineno: unknown kind '$kind'" ;;
  esac
done <"$DIALOGUE"
end_scene
flush_slide
# the concat demuxer needs the last file once more for its duration to count
printf "file '%s'\n" "$last_slide" >>slides.txt
TOTAL=$cursor
[[ -s cues.txt ]] || die "the dialogue has no lines"
[[ -n "$FILM" ]] || die "the dialogue has no film line with the film's titles"

# ---- captions ------------------------------------------------------------------------------
write_vtt() { # $1 output, $2 field (4 = nl, 5 = en), $3 language name
  {
    printf 'WEBVTT\n\nNOTE\n%s captions of "%s", a fictional sample film\nmade by Samenspraak (make-sample-video.sh). Free to use with the tool.\n' "$3" "$FILM"
    local i=0 s en sp nl tr name
    while IFS='|' read -r s en sp nl tr; do
      i=$((i + 1))
      if [[ "$2" == 4 ]]; then text="$nl" name="${SP_NL[$sp]}"; else text="$tr" name="${SP_EN[$sp]}"; fi
      printf '\n%d\n%s --> %s\n<v %s>%s\n' "$i" "$(vtt_time "$s")" "$(vtt_time "$en")" "$name" "$text"
    done <cues.txt
  } >"$1"
}
write_vtt "$NAME.nl.vtt" 4 Dutch
write_vtt "$NAME.en.vtt" 5 English

# ---- film ----------------------------------------------------------------------------------
DURATION="$(secs "$TOTAL")"
ffmpeg -nostdin -v error -y \
  -f concat -safe 0 -i slides.txt \
  -f s16le -ar "$SR" -ac 1 -i audio.raw \
  -map 0:v:0 -map 1:a:0 -t "$DURATION" \
  -vf "fps=$FPS,format=yuv420p" \
  -c:v libvpx-vp9 -b:v 0 -crf 40 -g $((FPS * 5)) -deadline good -cpu-used 2 -threads 1 -row-mt 0 \
  -c:a libopus -b:a 32k -ac 1 -ar 48000 -application voip \
  -map_metadata -1 -metadata title="$FILM (voorbeeldfilm, Samenspraak)" \
  -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  "$NAME.webm"

cp "$NAME.webm" "$NAME.nl.vtt" "$NAME.en.vtt" "$OUT_DIR/"

# ---- summary -------------------------------------------------------------------------------
echo "Written to $OUT_DIR:"
for f in "$NAME.webm" "$NAME.nl.vtt" "$NAME.en.vtt"; do
  printf '  %-32s %8d bytes\n' "$f" "$(wc -c <"$OUT_DIR/$f")"
done
echo "Duration (ffprobe): $(ffprobe -v error -show_entries format=duration -of csv=p=0 "$OUT_DIR/$NAME.webm") s"
echo "Scenes:"
while IFS='|' read -r t s en; do
  printf '  %-22s %7s - %7s s\n' "$t" "$(secs "$s")" "$(secs "$en")"
done <scenes.txt
