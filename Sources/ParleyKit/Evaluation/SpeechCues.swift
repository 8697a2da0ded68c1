extension AttributionLexicon {
    /// True when `cue` (as written, e.g. "has told reporters", "according to")
    /// contains a cue of reported speech from `attribution-cues.txt`, word by word.
    ///
    /// Used to keep, of annotated attributions, those that report an act of
    /// communication rather than a belief or intention ("believes", "wants").
    public func containsSpeechCue(_ cue: String) -> Bool {
        let words = cue.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
        for (i, word) in words.enumerated() {
            guard let list = cues[word] else { continue }
            for candidate in list where i + candidate.words.count <= words.count
                && Array(words[i..<(i + candidate.words.count)]) == candidate.words {
                return true
            }
        }
        return false
    }
}
