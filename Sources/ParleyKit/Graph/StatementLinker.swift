/// Links statements to one another: same speaker, same topic.
///
/// PLACEHOLDER: each statement links to the previous and next statement of
/// its speaker in timeline order.
public enum StatementLinker {
    /// The statements, in the same order, with `links` set.
    public static func link(_ statements: [Statement]) -> [Statement] {
        var result = statements
        var lastBySpeaker: [String: Int] = [:]
        for i in result.indices {
            guard let key = StatementGraph.speakerKey(result[i]) else { continue }
            if let previous = lastBySpeaker[key] {
                result[i].links.append(StatementLink(to: result[previous].id, kind: .sameSpeaker, label: result[i].source?.name))
                result[previous].links.append(StatementLink(to: result[i].id, kind: .sameSpeaker, label: result[i].source?.name))
            }
            lastBySpeaker[key] = i
        }
        return result
    }
}
