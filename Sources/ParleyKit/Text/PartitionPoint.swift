extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `belongs` is false, in a collection partitioned so that every
    /// element for which it holds comes first (a binary search, O(log n)); `endIndex` when it holds for all.
    ///
    /// The one lower-bound search of the package: spans, tokens, mentions and sentences are kept in text
    /// order, so "the first one starting at or after offset" is `partitionPoint { $0.start < offset }`.
    func partitionPoint(_ belongs: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = low + (high - low) / 2
            if belongs(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
