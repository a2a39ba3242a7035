import IQCore

/// The dictionary with one top-level key's value replaced (or added).
public func plistReplacing(_ root: PlistValue, key: String, with value: PlistValue) -> PlistValue {
    guard case .dict(var pairs) = root else { return root }
    if let i = pairs.firstIndex(where: { $0.0 == key }) { pairs[i].1 = value } else { pairs.append((key, value)) }
    return .dict(pairs)
}
