// features: generics, inout, generic-constraints, recursion, closures, tuples
func bubbleSort<T: Comparable>(_ array: inout [T]) -> Int {
    var swaps = 0
    guard array.count > 1 else { return 0 }
    for pass in 0..<array.count - 1 {
        var swapped = false
        for j in 0..<array.count - 1 - pass where array[j] > array[j + 1] {
            array.swapAt(j, j + 1)
            swaps += 1
            swapped = true
        }
        if !swapped { break }
    }
    return swaps
}

func insertionSort<T>(_ array: [T], by areInOrder: (T, T) -> Bool) -> [T] {
    var result = array
    for i in 1..<result.count {
        var j = i
        let value = result[j]
        while j > 0 && areInOrder(value, result[j - 1]) {
            result[j] = result[j - 1]
            j -= 1
        }
        result[j] = value
    }
    return result
}

func quickSort<T: Comparable>(_ array: [T]) -> [T] {
    guard array.count > 1 else { return array }
    let pivot = array[array.count / 2]
    let less = array.filter { $0 < pivot }
    let equal = array.filter { $0 == pivot }
    let greater = array.filter { $0 > pivot }
    return quickSort(less) + equal + quickSort(greater)
}

func mergeSort(_ array: [Int]) -> [Int] {
    guard array.count > 1 else { return array }
    let middle = array.count / 2
    let left = mergeSort(Array(array[..<middle]))
    let right = mergeSort(Array(array[middle...]))
    var merged: [Int] = []
    var (i, j) = (0, 0)
    while i < left.count && j < right.count {
        if left[i] <= right[j] {
            merged.append(left[i]); i += 1
        } else {
            merged.append(right[j]); j += 1
        }
    }
    merged += left[i...]
    merged += right[j...]
    return merged
}

var numbers = [64, 34, 25, 12, 22, 11, 90, 5]
let swaps = bubbleSort(&numbers)
print(numbers, "swaps:", swaps)
var words = ["pear", "fig", "apple", "kiwi"]
_ = bubbleSort(&words)
print(words)
print(insertionSort([5, 2, 9, 1, 5, 6], by: >))
print(insertionSort(["bb", "a", "ccc"]) { $0.count < $1.count })
print(quickSort([3.5, -1.0, 2.25, 0.0, 3.5]))
print(mergeSort([38, 27, 43, 3, 9, 82, 10]))
print(quickSort(Array("sorting")).map(String.init).joined())
