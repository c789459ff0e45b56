/** Bytes to text for both front ends: strict UTF-8 with byte offsets, and the refusal of binary input. */
package io.github.osceparser.parser.internal.input;
