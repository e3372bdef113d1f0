package org.talksbot; public class Main { public static void main(String[] a){} }
